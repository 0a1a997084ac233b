/** The pure-Java core of Engagement Hub: event model, ports and the sync engine; depends on the JDK only. */
package io.engagementhub.domain;
