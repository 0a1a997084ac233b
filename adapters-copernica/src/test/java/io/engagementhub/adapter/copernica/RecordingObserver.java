package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.port.out.SourceObserver;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers what the adapter reported, as text lines. */
final class RecordingObserver implements SourceObserver {

    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void requestCompleted(String provider, String account, String endpoint, int status) {
        lines.add("request " + endpoint + " " + status);
    }

    @Override
    public void retrying(String provider, String account, String reason) {
        lines.add("retry " + reason);
    }

    @Override
    public void throttled(String provider, String account) {
        lines.add("throttled");
    }
}
