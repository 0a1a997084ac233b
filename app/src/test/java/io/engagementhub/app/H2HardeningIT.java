package io.engagementhub.app;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/** {@link HardeningBehaviour} on an in-memory H2 store whose password is the secret health must not show. */
class H2HardeningIT extends HardeningBehaviour {

    @BeforeAll
    static void start() {
        startService("jdbc:h2:mem:it-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", DB_SECRET);
    }

    @Override
    boolean sharedSchedule() {
        return false;
    }
}
