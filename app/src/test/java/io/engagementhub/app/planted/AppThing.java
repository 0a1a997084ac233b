package io.engagementhub.app.planted;

/** A harmless app class for planted violations to point at. */
public class AppThing {}
