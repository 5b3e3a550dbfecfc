package org.ordinancewatch.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds: single alerts when due, a subscriber's digest alerts as one email.
 * A failed send is retried with exponential backoff, so an SMTP outage delays alerts without losing
 * them; an alert is marked sent only after the SMTP server accepted it, and the unique event key per
 * subscriber means the same news is never queued twice.
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

    private final AlertConfig config;
    private final AlertMails mails;
    private final Clock clock;

    public AlertDispatcher(AlertConfig config, AlertMails mails, Clock clock) {
        this.config = config;
        this.mails = mails;
        this.clock = clock;
    }

    public Report dispatch(Instant now) {
        if (!config.dispatch().enabled()) {
            return new Report(0, 0, true);
        }
        if (mailerInMockMode() && !config.dispatch().sendInMockMode()) {
            LOG.debug("Mailer in mock mode: alerts stay pending (set ow.alert.dispatch.send-in-mock-mode to send)");
            return new Report(0, 0, true);
        }
        List<Envelope> envelopes = QuarkusTransaction.requiringNew().call(() -> compose(now));
        int sent = 0;
        int failed = 0;
        for (Envelope envelope : envelopes) {
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

    private List<Envelope> compose(Instant now) {
        List<Alert> due = Alert.due(config.environment(), now, config.dispatch().batchSize());
        List<Envelope> envelopes = new ArrayList<>();
        Map<String, List<Alert>> digests = new LinkedHashMap<>();
        for (Alert alert : due) {
            if (alert.cadence.isDigest()) {
                digests.computeIfAbsent(alert.subscriber.id + ":" + alert.cadence, k -> new ArrayList<>()).add(alert);
            } else {
                envelopes.add(new Envelope(List.of(alert.id), mails.single(alert)));
            }
        }
        for (List<Alert> group : digests.values()) {
            envelopes.add(new Envelope(group.stream().map(a -> a.id).toList(), mails.digest(group)));
        }
        return envelopes;
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
            alert.lastError = message.length() > 2000 ? message.substring(0, 2000) : message;
            if (alert.attempts >= config.dispatch().maxAttempts()) {
                alert.status = Alert.Delivery.FAILED;
            } else {
                alert.nextAttemptAt = now.plus(backoff(alert.attempts));
            }
        }
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
