package io.engagementhub.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A run's figures add up page by page and stream by stream, and are never negative. */
class SyncFiguresTest {

    @Test
    void pagesAndStreamsAddToTheirOwnFigures() {
        SyncFigures figures =
                SyncFigures.NONE.plusRequests(2).plusDone().plusUnchanged().plusFailed();

        assertThat(figures).isEqualTo(new SyncFigures(2, 0, 0, 0, 0, 1, 1, 1));
    }

    @Test
    void aNegativeEventCountIsRefusedWithEveryValue() {
        assertThatThrownBy(() -> new SyncFigures(3, 10, -1, 0, 0, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sync figures must not be negative, were [3, 10, -1, 0, 0]"
                        + " (requests, events read, stored, rejected, suppressed) and [1, 0, 0]"
                        + " (streams done, unchanged, failed)");
    }

    @Test
    void aNegativeStreamCountIsRefused() {
        assertThatThrownBy(() -> new SyncFigures(0, 0, 0, 0, 0, 0, 0, -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 0, -2] (streams done, unchanged, failed)");
    }
}
