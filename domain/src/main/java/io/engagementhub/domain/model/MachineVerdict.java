package io.engagementhub.domain.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the classification rules found about one event: the reasons that apply (none for a plain
 * human event). An event is {@link #flagged()} as a machine's when a reason that counts as machine
 * applies; {@link MachineReason#IMAGE_PROXY} alone leaves it human.
 *
 * @param reasons the reasons that apply
 */
public record MachineVerdict(Set<MachineReason> reasons) {

    /** No reason applies. */
    public static final MachineVerdict NONE = new MachineVerdict(Set.of());

    /** The mask of the reasons that leave an event human. */
    public static final int HUMAN_MASK = MachineReason.IMAGE_PROXY.bit();

    public MachineVerdict {
        reasons = reasons == null || reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
    }

    /** The verdict with exactly the reasons whose bits are set in {@code mask}. */
    public static MachineVerdict fromMask(int mask) {
        if (mask == 0) {
            return NONE;
        }
        Set<MachineReason> reasons = EnumSet.noneOf(MachineReason.class);
        for (MachineReason reason : MachineReason.values()) {
            if ((mask & reason.bit()) != 0) {
                reasons.add(reason);
            }
        }
        return new MachineVerdict(reasons);
    }

    /** The verdict of {@code reasons}. */
    public static MachineVerdict of(MachineReason... reasons) {
        return new MachineVerdict(reasons.length == 0 ? Set.of() : EnumSet.of(reasons[0], reasons));
    }

    /** The stored form: bit {@code ordinal()} of each reason. */
    public int mask() {
        int mask = 0;
        for (MachineReason reason : reasons) {
            mask |= reason.bit();
        }
        return mask;
    }

    /** Whether a reason applies that makes the event a machine's. */
    public boolean flagged() {
        return reasons.stream().anyMatch(MachineReason::machine);
    }

    /** Whether {@code reason} applies. */
    public boolean has(MachineReason reason) {
        return reasons.contains(reason);
    }

    /** The reasons in declaration order (a stable order for display). */
    public EnumSet<MachineReason> ordered() {
        return reasons.isEmpty() ? EnumSet.noneOf(MachineReason.class) : EnumSet.copyOf(reasons);
    }

    /** This verdict without {@code removed} and with {@code added}. */
    public MachineVerdict replacing(Set<MachineReason> removed, Set<MachineReason> added) {
        EnumSet<MachineReason> next = ordered();
        next.removeAll(removed);
        next.addAll(added);
        return new MachineVerdict(next);
    }
}
