package org.ordinancewatch.alert.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.outbox.Outbox;

/**
 * Sends what the outbox holds: single alerts when due, all of a subscriber's due digest alerts as one
 * email. Rows are claimed a few at a time ({@code ow.alert.dispatch.concurrency}, see {@link OutboxClaims}),
 * their emails sent at once over the mailer's pooled connections, and the accepted ones marked sent in one
 * statement. A failed send is retried with exponential backoff, so an SMTP outage delays alerts without
 * losing them; an alert is marked sent only after the SMTP server accepted it, and the unique event key
 * per subscriber means the same news is never queued twice. A row that cannot be read is marked failed
 * on its own; it stops nothing else.
 */
@ApplicationScoped
public class AlertDispatcher {

    private static final Logger LOG = Logger.getLogger(AlertDispatcher.class);

    /** Rows per claim: few enough that a claim's transaction and its composed emails stay small. */
    static final int CLAIM_ROWS = 1000;

    /** What one run did. */
    public record Report(int sent, int failed, boolean skipped) {
    }

    /** How one email's send ended: null error when the SMTP server accepted it. */
    private record Outcome(OutboxClaims.Envelope envelope, Throwable error) {
    }

    private final AlertConfig config;
    private final OutboxClaims claims;
    private final Clock clock;

    public AlertDispatcher(AlertConfig config, OutboxClaims claims, Clock clock) {
        this.config = config;
        this.claims = claims;
        this.clock = clock;
    }

    public Report dispatch(Instant now) {
        return dispatch(now, config.dispatch().batchSize());
    }

    /**
     * Sends up to {@code batchSize} due rows (a digest is taken whole, so a run may go a little past it). Rows are
     * claimed {@link #CLAIM_ROWS} at a time, since finding due rows reads the whole pending outbox, and sent
     * {@code concurrency} emails at a time; after each such wave one transaction records what it did (and extends
     * the lease on the claim's unsent rest when it runs short), so a node that dies leaves at most one wave sent
     * but not recorded.
     */
    Report dispatch(Instant now, int batchSize) {
        if (!config.dispatch().enabled()) {
            return new Report(0, 0, true);
        }
        if (mailerInMockMode() && !config.dispatch().sendInMockMode()) {
            LOG.debug("Mailer in mock mode: alerts stay pending (set ow.alert.dispatch.send-in-mock-mode to send)");
            return new Report(0, 0, true);
        }
        int wave = Math.max(1, config.dispatch().concurrency());
        int sent = 0;
        int failed = 0;
        int taken = 0;
        while (taken < batchSize) {
            int limit = Math.min(CLAIM_ROWS, batchSize - taken);
            Instant leased = leaseUntil(now);
            OutboxClaims.Claim claim = claims.claim(now, limit, leased);
            taken += claim.due();
            failed += claim.unreadable();
            List<List<OutboxClaims.Envelope>> waves = waves(claim.envelopes(), wave);
            for (int w = 0; w < waves.size(); w++) {
                List<Outcome> outcomes = sendAll(waves.get(w));
                // Renewed only when the next wave could outlast the lease: renewing after every wave rewrote the
                // rows of the whole claim once per wave.
                boolean renew = w + 1 < waves.size()
                        && clock.instant().plus(config.dispatch().sendTimeout()).isAfter(leased);
                List<Long> rest = !renew ? List.of() : waves.subList(w + 1, waves.size()).stream()
                        .flatMap(List::stream).flatMap(e -> e.alertIds().stream()).toList();
                Instant until = renew ? leaseUntil(now) : leased;
                leased = until;
                QuarkusTransaction.requiringNew().run(() -> record(outcomes, rest, now, until));
                int refused = (int) outcomes.stream().filter(o -> o.error() != null).count();
                sent += outcomes.size() - refused;
                failed += refused;
            }
            if (claim.due() < limit) {
                break;
            }
        }
        return new Report(sent, failed, false);
    }

    /**
     * Consecutive emails, at most {@code size} at a time and never two to one subscriber, so that a subscriber's
     * emails (a hearing moved, then cancelled) arrive in the order they were written.
     */
    private static List<List<OutboxClaims.Envelope>> waves(List<OutboxClaims.Envelope> envelopes, int size) {
        List<List<OutboxClaims.Envelope>> waves = new ArrayList<>();
        List<OutboxClaims.Envelope> wave = new ArrayList<>();
        Set<Long> subscribers = new HashSet<>();
        for (OutboxClaims.Envelope envelope : envelopes) {
            if (wave.size() == size || !subscribers.add(envelope.subscriberId())) {
                waves.add(wave);
                wave = new ArrayList<>();
                subscribers.clear();
                subscribers.add(envelope.subscriberId());
            }
            wave.add(envelope);
        }
        if (!wave.isEmpty()) {
            waves.add(wave);
        }
        return waves;
    }

    /** Marks a wave's accepted emails sent in one statement and its refused ones for retry; renews the lease of the rest. */
    private void record(List<Outcome> outcomes, List<Long> rest, Instant now, Instant leaseUntil) {
        List<Long> accepted = outcomes.stream().filter(o -> o.error() == null)
                .flatMap(o -> o.envelope().alertIds().stream()).toList();
        if (!accepted.isEmpty()) {
            markSent(accepted, clock.instant());
        }
        outcomes.stream().filter(o -> o.error() != null).forEach(o -> markFailed(o, now));
        if (!rest.isEmpty()) {
            claims.extendLease(rest, leaseUntil);
        }
    }

    /**
     * Long enough for a wave's sends to end (each is cut at the send timeout, waiting for a pooled connection
     * included), short enough that a dead node's claim is taken again soon.
     */
    private Instant leaseUntil(Instant now) {
        Instant later = clock.instant().isAfter(now) ? clock.instant() : now;
        return later.plus(config.dispatch().sendTimeout().multipliedBy(2));
    }

    /** Every email at once; each ends in an outcome of its own, within the send timeout. */
    private List<Outcome> sendAll(List<OutboxClaims.Envelope> envelopes) {
        Duration timeout = config.dispatch().sendTimeout();
        List<Uni<Outcome>> sends = envelopes.stream().map(envelope -> Uni.createFrom()
                .deferred(() -> envelope.mail().send())
                .ifNoItem().after(timeout).fail()
                .onItemOrFailure().transform((ok, error) -> new Outcome(envelope, error))).toList();
        if (sends.isEmpty()) {
            return List.of();
        }
        return Uni.join().all(sends).andFailFast().await().atMost(timeout.multipliedBy(2));
    }

    private static void markSent(List<Long> ids, Instant at) {
        Alert.update("status = ?1, sentAt = ?2, attempts = attempts + 1, lastError = null where id in ?3 and status = ?4",
                Alert.Delivery.SENT, at, ids, Alert.Delivery.PENDING);
    }

    private void markFailed(Outcome outcome, Instant now) {
        LOG.warnf("Sending alerts %s failed: %s", outcome.envelope().alertIds(), outcome.error().toString());
        markFailed(outcome.envelope().alertIds(), outcome.error(), now);
    }

    private void markFailed(List<Long> ids, Throwable error, Instant now) {
        String message = String.valueOf(error.getMessage());
        for (Long id : ids) {
            Alert alert = Alert.findById(id);
            if (alert == null || alert.status != Alert.Delivery.PENDING) {
                continue;
            }
            alert.attempts++;
            alert.lastError = shorten(message);
            if (alert.attempts >= config.dispatch().maxAttempts()) {
                alert.status = Alert.Delivery.FAILED;
            } else {
                alert.nextAttemptAt = now.plus(backoff(alert.attempts));
            }
        }
    }

    static String shorten(String message) {
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }

    /** 30 s, 1 min, 2 min, ... up to the configured maximum. */
    Duration backoff(int attempts) {
        Duration wait = config.dispatch().backoffInitial();
        for (int i = 1; i < attempts && wait.compareTo(config.dispatch().backoffMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.dispatch().backoffMax()) > 0 ? config.dispatch().backoffMax() : wait;
    }

    /** quarkus-mailer mocks by default in dev and test mode, and whenever quarkus.mailer.mock=true. */
    private static boolean mailerInMockMode() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.mailer.mock", Boolean.class)
                .orElse(LaunchMode.current().isDevOrTest());
    }
}
