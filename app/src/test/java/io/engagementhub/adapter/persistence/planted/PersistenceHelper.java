package io.engagementhub.adapter.persistence.planted;

/** A persistence-adapter class for planted violations to point at. */
public class PersistenceHelper {
    public int help() {
        return 1;
    }
}
