package io.engagementhub.domain.model;

/**
 * A number of events split by who caused them: people, or machines (privacy proxies, security
 * scanners) that open and click without a person.
 *
 * @param human events not flagged as machine events
 * @param machine events flagged as machine events
 */
public record HumanMachine(long human, long machine) {

    public static final HumanMachine ZERO = new HumanMachine(0, 0);

    public HumanMachine {
        Require.notNegative(human, "human");
        Require.notNegative(machine, "machine");
    }

    /** All events, human and machine. */
    public long all() {
        return human + machine;
    }

    /** This count and {@code other} together. */
    public HumanMachine plus(HumanMachine other) {
        return new HumanMachine(human + other.human, machine + other.machine);
    }
}
