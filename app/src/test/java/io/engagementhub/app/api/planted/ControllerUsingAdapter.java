package io.engagementhub.app.api.planted;

import io.engagementhub.adapter.persistence.planted.PersistenceHelper;

/** Planted violation: app code outside the composition root naming an adapter class. */
public class ControllerUsingAdapter {
    public int use() {
        return new PersistenceHelper().help();
    }
}
