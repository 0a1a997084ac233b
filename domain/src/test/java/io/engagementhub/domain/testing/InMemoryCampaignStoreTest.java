package io.engagementhub.domain.testing;

/** The in-memory campaign store keeps the campaign store contract. */
class InMemoryCampaignStoreTest extends CampaignStoreContract {

    @Override
    protected Stores newStores() {
        InMemoryEventStore events = new InMemoryEventStore();
        return new Stores(events, new InMemoryCampaignStore(events));
    }
}
