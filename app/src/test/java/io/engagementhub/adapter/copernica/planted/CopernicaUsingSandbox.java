package io.engagementhub.adapter.copernica.planted;

import io.engagementhub.sandbox.Json;

/** Planted violation: a production adapter that uses the simulators. */
public class CopernicaUsingSandbox {
    public String json() {
        return Json.write("x");
    }
}
