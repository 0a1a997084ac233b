package io.engagementhub.adapter.constantcontact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One campaign activity as {@code GET /emails/activities/{id}} details it; only what campaign
 * details need (docs/providers/constantcontact.md#campaign-details).
 */
@Serdeable
record ConstantContactActivity(@Nullable String subject) {}
