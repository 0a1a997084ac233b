package io.engagementhub.app;

/** How the tests tear down what they started, when a start may have failed half way. */
final class Closing {

    private Closing() {}

    /**
     * Closes each of {@code resources} that is not null, in order. Every one is tried; the first
     * failure is thrown after the rest were, any later ones suppressed in it.
     */
    static void closeAll(AutoCloseable... resources) {
        IllegalStateException failure = null;
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("could not close " + resource, e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
