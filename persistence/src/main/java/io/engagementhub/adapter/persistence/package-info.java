/**
 * Stores events, stream checkpoints, sync runs and credentials with jOOQ on H2 (the default) or
 * PostgreSQL; {@link io.engagementhub.adapter.persistence.Persistence} builds the stores.
 */
package io.engagementhub.adapter.persistence;
