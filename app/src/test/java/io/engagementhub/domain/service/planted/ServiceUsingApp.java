package io.engagementhub.domain.service.planted;

import io.engagementhub.app.planted.AppThing;

/** Planted violation: a domain service that depends outwards, on the app. */
public class ServiceUsingApp {
    public AppThing thing() {
        return new AppThing();
    }
}
