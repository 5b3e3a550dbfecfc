package org.ordinancewatch.alert.subscriptions;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Address validation for the subscribe form: one plain {@code local@domain.tld} address, no display
 * name, no comments, nothing that could break out of a mail header.
 */
public final class EmailAddress {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TLD = Pattern.compile("[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}");

    private EmailAddress() {
    }

    /** The normalised (trimmed, lower-case) address, or an exception saying what is wrong. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Please enter an email address.");
        }
        String address = raw.trim().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (address.length() > 254 || at < 1 || at != address.indexOf('@')) {
            throw invalid(raw);
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            throw invalid(raw);
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            throw invalid(raw);
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid(raw);
            }
        }
        if (!TLD.matcher(labels[labels.length - 1]).matches()) {
            throw invalid(raw);
        }
        return address;
    }

    private static IllegalArgumentException invalid(String raw) {
        return new IllegalArgumentException("'" + raw.strip() + "' is not an email address we can send to.");
    }
}
