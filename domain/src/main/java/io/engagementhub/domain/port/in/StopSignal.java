package io.engagementhub.domain.port.in;

/** Tells a running sync to stop; the engine looks between pages, so a stop never splits a page. */
@FunctionalInterface
public interface StopSignal {

    /** A signal that never asks to stop. */
    StopSignal NEVER = () -> false;

    /** Whether the sync should stop before its next page. */
    boolean stopRequested();
}
