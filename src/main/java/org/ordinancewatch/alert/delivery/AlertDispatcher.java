package org.ordinancewatch.alert.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.outbox.Outbox;

/**
 * Sends what the outbox holds: single alerts when due, all of a subscriber's due digest alerts as one
 * email. A failed send is retried with exponential backoff, so an SMTP outage delays alerts without
 * losing them; an alert is marked sent only after the SMTP server accepted it, and the unique event key
 * per subscriber means the same news is never queued twice. A row that cannot be read is marked failed
 * on its own; it stops nothing else.
 */
@ApplicationScoped
public class AlertDispatcher {

    private static final Logger LOG = Logger.getLogger(AlertDispatcher.class);

    /** What one run did. */
    public record Report(int sent, int failed, boolean skipped) {
    }

    /** One email to send and the alerts it carries. */
    private record Envelope(List<Long> alertIds, MailTemplateInstance mail) {
    }

    /** What one run will send, and how many rows it had to give up on unread. */
    private record Batch(List<Envelope> envelopes, int unreadable) {
    }

    private final AlertConfig config;
    private final AlertMails mails;
    private final Outbox outbox;
    private final Clock clock;

    public AlertDispatcher(AlertConfig config, AlertMails mails, Outbox outbox, Clock clock) {
        this.config = config;
        this.mails = mails;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Report dispatch(Instant now) {
        return dispatch(now, config.dispatch().batchSize());
    }

    Report dispatch(Instant now, int batchSize) {
        if (!config.dispatch().enabled()) {
            return new Report(0, 0, true);
        }
        if (mailerInMockMode() && !config.dispatch().sendInMockMode()) {
            LOG.debug("Mailer in mock mode: alerts stay pending (set ow.alert.dispatch.send-in-mock-mode to send)");
            return new Report(0, 0, true);
        }
        Batch batch = QuarkusTransaction.requiringNew().call(() -> compose(now, batchSize));
        int sent = 0;
        int failed = batch.unreadable();
        for (Envelope envelope : batch.envelopes()) {
            try {
                envelope.mail().send().await().atMost(config.dispatch().sendTimeout());
                QuarkusTransaction.requiringNew().run(() -> markSent(envelope.alertIds(), clock.instant()));
                sent++;
            } catch (RuntimeException e) {
                LOG.warnf("Sending alerts %s failed: %s", envelope.alertIds(), e.toString());
                QuarkusTransaction.requiringNew().run(() -> markFailed(envelope.alertIds(), e, now));
                failed++;
            }
        }
        return new Report(sent, failed, false);
    }

    /**
     * The batch limit counts rows, but a subscriber's digest is taken whole once any of its alerts is in
     * the batch, so it is never split over two emails (a run may therefore go a little past the limit).
     */
    private Batch compose(Instant now, int batchSize) {
        List<Envelope> envelopes = new ArrayList<>();
        Set<Long> digestsTaken = new HashSet<>();
        int unreadable = 0;
        for (Alert alert : Alert.due(config.environment(), now, batchSize)) {
            if (!alert.cadence.isDigest()) {
                Optional<AlertMails.Item> item = read(alert);
                if (item.isPresent()) {
                    envelopes.add(new Envelope(List.of(alert.id), mails.single(item.get())));
                } else {
                    unreadable++;
                }
            } else if (digestsTaken.add(alert.subscriber.id)) {
                List<AlertMails.Item> items = new ArrayList<>();
                for (Alert inDigest : Alert.dueDigest(alert.subscriber, config.environment(), now)) {
                    Optional<AlertMails.Item> item = read(inDigest);
                    if (item.isPresent()) {
                        items.add(item.get());
                    } else {
                        unreadable++;
                    }
                }
                if (!items.isEmpty()) {
                    envelopes.add(new Envelope(items.stream().map(i -> i.alert().id).toList(), mails.digest(items)));
                }
            }
        }
        return new Batch(envelopes, unreadable);
    }

    /** The row with what it says; a row that cannot be read will never be, so it is marked failed at once. */
    private Optional<AlertMails.Item> read(Alert alert) {
        try {
            return Optional.of(new AlertMails.Item(alert, outbox.read(alert)));
        } catch (RuntimeException e) {
            LOG.errorf("Alert %d cannot be read and is marked failed: %s", alert.id, e.toString());
            alert.status = Alert.Delivery.FAILED;
            alert.attempts++;
            alert.lastError = shorten(String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private static void markSent(List<Long> ids, Instant at) {
        Alert.update("status = ?1, sentAt = ?2, attempts = attempts + 1, lastError = null where id in ?3 and status = ?4",
                Alert.Delivery.SENT, at, ids, Alert.Delivery.PENDING);
    }

    private void markFailed(List<Long> ids, RuntimeException error, Instant now) {
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

    private static String shorten(String message) {
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
