package io.engagementhub.baseline;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

/** One JSON endpoint, so that the bare service routes and serializes as a real one does. */
@Controller("/greeting")
class GreetingController {

    @Serdeable
    record Greeting(String text) {}

    @Get
    Greeting greeting() {
        return new Greeting("hello");
    }
}
