package io.engagementhub.adapter.copernica.planted;

import io.engagementhub.adapter.persistence.planted.PersistenceHelper;

/** Planted violation: one adapter depending on another. */
public class CopernicaUsingPersistence {
    public int use() {
        return new PersistenceHelper().help();
    }
}
