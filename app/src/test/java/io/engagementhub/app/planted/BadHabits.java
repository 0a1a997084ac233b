package io.engagementhub.app.planted;

import jakarta.inject.Inject;
import java.util.Date;
import java.util.logging.Logger;

/** Planted violations of the general coding rules, one member each. */
public class BadHabits {

    private static final Logger JUL = Logger.getLogger("planted");

    @Inject
    Object fieldInjected;

    public void printsToStdout() {
        System.out.println("hello");
    }

    public void usesJavaUtilLogging() {
        JUL.info("hello");
    }

    public void throwsGenericException() {
        throw new RuntimeException("generic");
    }

    public long usesJavaUtilDate() {
        return new Date().getTime();
    }
}
