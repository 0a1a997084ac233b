package io.engagementhub.domain.port.out.planted;

/** Planted violation: an outbound port that is a class, not an interface. */
public class ConcreteOutPort {
    public String fetch() {
        return "x";
    }
}
