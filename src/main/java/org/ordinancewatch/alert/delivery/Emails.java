package org.ordinancewatch.alert.delivery;

import java.util.List;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import org.ordinancewatch.alert.outbox.AlertContent;

/** Email templates, each in an HTML and a plain-text variant under {@code templates/Emails/}. */
@CheckedTemplate(basePath = "Emails")
public class Emails {

    /** Links at the foot of every alert. */
    public record Footer(String manageUrl, String unsubscribeUrl, String homeUrl, String environment) {
    }

    /** One alert in a digest. */
    public record Entry(String kind, AlertContent content) {
    }

    public static native MailTemplateInstance alert(String kind, AlertContent content, Footer footer);

    public static native MailTemplateInstance digest(String title, List<Entry> entries, Footer footer);

    public static native MailTemplateInstance confirmation(AlertContent content, String homeUrl, String environment);
}
