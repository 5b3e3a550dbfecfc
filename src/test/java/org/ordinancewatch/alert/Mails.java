package org.ordinancewatch.alert;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** Reading what GreenMail received: headers, the text and HTML parts, the links in them. */
public final class Mails {

    private Mails() {
    }

    public static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, ", ");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    public static String html(MimeMessage m) {
        return part(m, "text/html");
    }

    /** The value of {@code token} in the first link to {@code path} in the text part. */
    public static String token(MimeMessage m, String path) {
        Matcher matcher = Pattern.compile(Pattern.quote(path) + "\\?token=([^\\s>&\"]+)").matcher(text(m));
        if (!matcher.find()) {
            throw new AssertionError("no link to " + path + " in:\n" + text(m));
        }
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private static String part(MimeMessage m, String type) {
        try {
            Object content = m.getContent();
            if (content instanceof Multipart multipart) {
                String found = find(multipart, type);
                if (found != null) {
                    return found;
                }
            } else if (m.isMimeType(type)) {
                return content.toString();
            }
            throw new AssertionError("no " + type + " part");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Multipart multipart, String type) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
