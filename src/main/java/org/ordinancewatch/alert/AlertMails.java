package org.ordinancewatch.alert;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MailTemplate.MailTemplateInstance;

/**
 * Builds the email for outbox rows: subject, From, the RFC 8058 one-click unsubscribe headers, and
 * both variants of the template. Called inside a transaction; the templates only get plain values.
 */
@ApplicationScoped
public class AlertMails {

    private final AlertConfig config;
    private final Outbox outbox;
    private final Tokens tokens;
    private final Links links;

    public AlertMails(AlertConfig config, Outbox outbox, Tokens tokens, Links links) {
        this.config = config;
        this.outbox = outbox;
        this.tokens = tokens;
        this.links = links;
    }

    public MailTemplateInstance single(Alert alert) {
        AlertContent content = outbox.read(alert);
        if (alert.kind == AlertKind.CONFIRMATION) {
            return Emails.confirmation(content, links.home(), environmentNote())
                    .mail(mail(alert.subscriber, content.headline(), false));
        }
        Emails.Footer footer = footer(alert.subscriber);
        return Emails.alert(alert.kind.label(), content, footer)
                .mail(mail(alert.subscriber, content.headline(), true));
    }

    public MailTemplateInstance digest(List<Alert> alerts) {
        Subscriber subscriber = alerts.get(0).subscriber;
        String title = (alerts.get(0).cadence == Cadence.WEEKLY ? "Your weekly" : "Your daily")
                + " Ordinance Watch digest: " + alerts.size() + " update" + (alerts.size() == 1 ? "" : "s");
        List<Emails.Entry> entries = alerts.stream()
                .map(a -> new Emails.Entry(a.kind.label(), outbox.read(a)))
                .toList();
        return Emails.digest(title, entries, footer(subscriber)).mail(mail(subscriber, title, true));
    }

    private Emails.Footer footer(Subscriber subscriber) {
        String token = tokens.manage(subscriber);
        return new Emails.Footer(links.manage(token), links.unsubscribe(token), links.home(), environmentNote());
    }

    private Mail mail(Subscriber subscriber, String subject, boolean listMail) {
        Mail mail = new Mail()
                .addTo(subscriber.email)
                .setFrom(config.from())
                .setSubject(oneLine(isProduction() ? subject : "[" + config.environment() + "] " + subject))
                .addHeader("X-Ordinance-Watch-Environment", config.environment())
                .addHeader("Auto-Submitted", "auto-generated");
        if (listMail) {
            String token = tokens.manage(subscriber);
            mail.addHeader("List-Unsubscribe", "<" + links.unsubscribe(token) + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mail;
    }

    /** Null in production; elsewhere a line saying which deployment sent the email. */
    private String environmentNote() {
        return isProduction() ? null : "Sent by the " + config.environment() + " deployment at " + links.home();
    }

    private boolean isProduction() {
        return "production".equalsIgnoreCase(config.environment());
    }

    /** Subjects are built from scraped titles; no control character may reach a mail header. */
    static String oneLine(String subject) {
        String clean = subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return clean.length() <= 250 ? clean : clean.substring(0, 249) + "…";
    }
}
