package io.engagementhub.sandbox.constantcontact;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One email campaign of the simulated account.
 *
 * @param id {@code campaign_id}
 * @param name its name
 * @param status title-case {@code current_status}, e.g. {@code Done} or {@code Draft}
 * @param createdAt {@code created_at}
 * @param updatedAt {@code updated_at}
 * @param activities its activities
 */
public record ConstantContactSimCampaign(
        String id,
        String name,
        String status,
        Instant createdAt,
        Instant updatedAt,
        List<ConstantContactSimActivity> activities) {

    public ConstantContactSimCampaign {
        Objects.requireNonNull(id, "id");
        activities = List.copyOf(activities);
    }

    /** When one of its activities was last sent, if ever. */
    public Optional<Instant> lastSentDate() {
        return activities.stream()
                .map(ConstantContactSimActivity::sentAt)
                .filter(Objects::nonNull)
                .max(Instant::compareTo);
    }
}
