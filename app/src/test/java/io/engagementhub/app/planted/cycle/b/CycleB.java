package io.engagementhub.app.planted.cycle.b;

import io.engagementhub.app.planted.cycle.a.CycleA;

/** Planted violation: the other half of a package cycle. */
public class CycleB {
    public CycleA back() {
        return new CycleA();
    }
}
