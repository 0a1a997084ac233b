package io.engagementhub.app.planted.cycle.a;

import io.engagementhub.app.planted.cycle.b.CycleB;

/** Planted violation: half of a package cycle. */
public class CycleA {
    public CycleB next() {
        return new CycleB();
    }
}
