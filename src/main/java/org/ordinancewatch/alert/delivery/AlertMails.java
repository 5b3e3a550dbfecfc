package org.ordinancewatch.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.outbox.AlertContent;
import org.ordinancewatch.alert.outbox.AlertKind;
import org.ordinancewatch.alert.outbox.Links;
import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.alert.subscriptions.Subscriber;
import org.ordinancewatch.alert.subscriptions.Tokens;

/**
 * Builds the email for outbox rows: subject, From, a Message-ID made of the alert ids, the RFC 8058
 * one-click unsubscribe headers, and both variants of the template. Called inside a transaction; the
 * templates only get plain values.
 */
@ApplicationScoped
public class AlertMails {

    private final AlertConfig config;
    private final Tokens tokens;
    private final Links links;

    public AlertMails(AlertConfig config, Tokens tokens, Links links) {
        this.config = config;
        this.tokens = tokens;
        this.links = links;
    }

    /** An outbox row and what it says, read. */
    public record Item(Alert alert, AlertContent content) {
    }

    public MailTemplateInstance single(Item item) {
        Alert alert = item.alert();
        AlertContent content = item.content();
        List<Long> ids = List.of(alert.id);
        if (alert.kind == AlertKind.CONFIRMATION) {
            return Emails.confirmation(content, links.home(), environmentNote())
                    .mail(mail(alert.subscriber, content.headline(), false, ids));
        }
        Emails.Footer footer = footer(alert.subscriber);
        return Emails.alert(alert.kind.label(), content, footer)
                .mail(mail(alert.subscriber, content.headline(), true, ids));
    }

    /** All of one subscriber's due digest alerts, daily and weekly alike, as one email. */
    public MailTemplateInstance digest(List<Item> items) {
        Subscriber subscriber = items.get(0).alert().subscriber;
        boolean allWeekly = items.stream().allMatch(i -> i.alert().cadence == Cadence.WEEKLY);
        boolean allDaily = items.stream().allMatch(i -> i.alert().cadence == Cadence.DAILY);
        String title = (allWeekly ? "Your weekly" : allDaily ? "Your daily" : "Your")
                + " Ordinance Watch digest: " + items.size() + " update" + (items.size() == 1 ? "" : "s");
        List<Emails.Entry> entries = items.stream()
                .map(i -> new Emails.Entry(i.alert().kind.label(), i.content()))
                .toList();
        List<Long> ids = items.stream().map(i -> i.alert().id).toList();
        return Emails.digest(title, entries, footer(subscriber)).mail(mail(subscriber, title, true, ids));
    }

    private Emails.Footer footer(Subscriber subscriber) {
        String token = tokens.manage(subscriber);
        return new Emails.Footer(links.manage(token), links.unsubscribe(token), links.home(), environmentNote());
    }

    private Mail mail(Subscriber subscriber, String subject, boolean listMail, List<Long> alertIds) {
        Mail mail = new Mail()
                .addTo(subscriber.email)
                .setFrom(config.from())
                .addHeader("Message-ID", messageId(alertIds, links.host()))
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

    /**
     * The same alerts always make the same Message-ID, so a copy sent again (an SMTP server that accepted a
     * message after our send had timed out) can be recognised as a duplicate by the receiving side.
     */
    static String messageId(List<Long> alertIds, String host) {
        String ids = alertIds.stream().map(String::valueOf).collect(Collectors.joining("-"));
        if (alertIds.size() > 10) {
            ids = alertIds.get(0) + "-" + alertIds.size() + "-" + sha256(ids).substring(0, 16);
        }
        return "<alert-" + ids + "@" + host + ">";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Subjects are built from scraped titles; no control character may reach a mail header. */
    static String oneLine(String subject) {
        String clean = subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return clean.length() <= 250 ? clean : clean.substring(0, 249) + "…";
    }
}
