package io.engagementhub.adapter.copernica;

import java.time.Clock;

/** What both stream readers share: the transport, the decoder, the account's times, the clock and the read settings. */
record StreamReading(
        CopernicaTransport transport,
        CopernicaRecordDecoder decoder,
        CopernicaTime time,
        Clock clock,
        CopernicaReadSettings settings) {}
