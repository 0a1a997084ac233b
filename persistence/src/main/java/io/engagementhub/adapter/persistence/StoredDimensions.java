package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ADDRESS;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_AGENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_BOUNCE;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CAMPAIGN;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CLIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_LINK;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ORIGIN;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;

import io.engagementhub.adapter.persistence.jooq.tables.records.EventAddressRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventAgentRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventBounceRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventCampaignRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventClientRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventLinkRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventOriginRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventRecipientRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.StoredEventRecord;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * The dimension rows a page of stored events refers to, read by key (one query per dimension). An
 * event without an address key has its recipient's home address.
 */
record StoredDimensions(
        Map<Integer, EventCampaignRecord> campaigns,
        Map<Integer, EventOriginRecord> origins,
        Map<Integer, EventAddressRecord> addresses,
        Map<Integer, EventRecipientRecord> recipients,
        Map<Integer, EventLinkRecord> links,
        Map<Integer, EventClientRecord> clients,
        Map<Integer, EventBounceRecord> bounces,
        Map<Integer, EventAgentRecord> agents) {

    static StoredDimensions of(DSLContext dsl, Collection<StoredEventRecord> rows) {
        return new StoredDimensions(
                byKey(dsl, EVENT_CAMPAIGN, EVENT_CAMPAIGN.CAMPAIGN_KEY, keys(rows, StoredEventRecord::getCampaignKey)),
                byKey(dsl, EVENT_ORIGIN, EVENT_ORIGIN.ORIGIN_KEY, keys(rows, StoredEventRecord::getOriginKey)),
                byKey(dsl, EVENT_ADDRESS, EVENT_ADDRESS.ADDRESS_KEY, keys(rows, StoredEventRecord::getAddressKey)),
                byKey(
                        dsl,
                        EVENT_RECIPIENT,
                        EVENT_RECIPIENT.RECIPIENT_KEY,
                        keys(rows, StoredEventRecord::getRecipientKey)),
                byKey(dsl, EVENT_LINK, EVENT_LINK.LINK_KEY, keys(rows, StoredEventRecord::getLinkKey)),
                byKey(dsl, EVENT_CLIENT, EVENT_CLIENT.CLIENT_KEY, keys(rows, StoredEventRecord::getClientKey)),
                byKey(dsl, EVENT_BOUNCE, EVENT_BOUNCE.BOUNCE_KEY, keys(rows, StoredEventRecord::getBounceKey)),
                byKey(dsl, EVENT_AGENT, EVENT_AGENT.AGENT_KEY, keys(rows, StoredEventRecord::getAgentKey)));
    }

    private static Set<Integer> keys(Collection<StoredEventRecord> rows, Function<StoredEventRecord, Integer> key) {
        return rows.stream().map(key).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <R extends Record> Map<Integer, R> byKey(
            DSLContext dsl, Table<R> table, TableField<R, Integer> key, Set<Integer> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(table).where(key.in(keys)).fetchMap(key);
    }

    static <R> R required(Map<Integer, R> rows, Integer key, String what) {
        return Objects.requireNonNull(rows.get(key), () -> what + " " + key + " is missing");
    }

    /** The value {@code of} makes of the row of {@code key}, or null where the event has no key. */
    static <R, T> T ifKeyed(Map<Integer, R> rows, Integer key, String what, Function<R, T> of) {
        return key == null ? null : of.apply(required(rows, key, what));
    }
}
