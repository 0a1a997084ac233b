package io.engagementhub.adapter.copernica;

import java.time.Clock;

/** What both stream readers share: the API, the decoder, the account's times, the clock and options. */
record StreamReading(
        CopernicaApiClient api,
        CopernicaRecordDecoder decoder,
        CopernicaTime time,
        Clock clock,
        CopernicaOptions options) {}
