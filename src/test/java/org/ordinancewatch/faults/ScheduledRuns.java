package org.ordinancewatch.faults;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.scheduler.SuccessfulExecution;

/** When each scheduled job last finished without an error, for tests that need to see scheduled work go on. */
@Singleton
public class ScheduledRuns {

    private final Map<String, Instant> lastSuccess = new ConcurrentHashMap<>();

    void succeeded(@Observes SuccessfulExecution execution) {
        lastSuccess.put(execution.getExecution().getTrigger().getId(), Instant.now());
    }

    public Optional<Instant> lastSuccess(String identity) {
        return Optional.ofNullable(lastSuccess.get(identity));
    }
}
