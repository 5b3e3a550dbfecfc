package org.ordinancewatch.fetch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt that apply to one crawler, per RFC 9309: the groups naming our product token
 * (case-insensitive) or, failing that, the {@code *} groups; the longest matching Allow/Disallow pattern wins,
 * Allow on a tie; {@code *} matches any run of characters and a trailing {@code $} anchors the end.
 * Matching is a linear-ish glob match rather than a regex, so a hostile robots.txt cannot cause catastrophic
 * backtracking.
 */
final class RobotsRules {

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;
    private final String blanketReason;

    private RobotsRules(List<Rule> rules, String blanketReason) {
        this.rules = rules;
        this.blanketReason = blanketReason;
    }

    static RobotsRules allowAll() {
        return new RobotsRules(List.of(), null);
    }

    /** Everything forbidden, e.g. while robots.txt is unreachable; the reason goes into error messages. */
    static RobotsRules disallowAll(String reason) {
        return new RobotsRules(List.of(new Rule(false, "/")), reason);
    }

    /** Why everything is blocked regardless of the file's content, or null when the file's rules apply. */
    String blanketReason() {
        return blanketReason;
    }

    static RobotsRules parse(String text, String agent) {
        List<Rule> ours = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean groupMatchesUs = false;
        boolean groupMatchesStar = false;
        boolean inAgentLines = false;
        boolean namedUs = false;
        for (String rawLine : text.split("\r\n|\r|\n")) {
            String line = stripComment(rawLine);
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "user-agent" -> {
                    if (!inAgentLines) {
                        groupMatchesUs = false;
                        groupMatchesStar = false;
                        inAgentLines = true;
                    }
                    String token = value.split("[/\\s]", 2)[0];
                    boolean us = token.equalsIgnoreCase(agent);
                    groupMatchesUs |= us;
                    namedUs |= us;
                    groupMatchesStar |= token.equals("*");
                }
                case "allow", "disallow" -> {
                    inAgentLines = false;
                    // An empty Disallow means "nothing disallowed"; it adds no rule.
                    if (!value.isEmpty()) {
                        Rule rule = new Rule(key.equals("allow"), normalise(value));
                        if (groupMatchesUs) {
                            ours.add(rule);
                        }
                        if (groupMatchesStar) {
                            star.add(rule);
                        }
                    }
                }
                default -> {
                    // Sitemap, Crawl-delay and unknown lines neither start nor end a group.
                }
            }
        }
        // A group naming us replaces the * groups entirely, even when it has no rules.
        return new RobotsRules(List.copyOf(namedUs ? ours : star), null);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        String content = hash >= 0 ? line.substring(0, hash) : line;
        return content.replace("\uFEFF", "").trim();
    }

    /** @param pathAndQuery raw (percent-encoded) path plus "?query" if any */
    boolean allows(String pathAndQuery) {
        String path = normalise(pathAndQuery.isEmpty() ? "/" : pathAndQuery);
        if (path.equals("/robots.txt")) {
            return true;
        }
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), path) && (best == null
                    || rule.pattern().length() > best.pattern().length()
                    || (rule.pattern().length() == best.pattern().length() && rule.allow()))) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    /** Percent-encodes non-ASCII and upper-cases existing escapes, so pattern and path compare alike. */
    private static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out.append('%').append(Character.toUpperCase((char) bytes[i + 1]))
                        .append(Character.toUpperCase((char) bytes[i + 2]));
                i += 2;
            } else if (b > 0x7e || b < 0x21) {
                out.append('%').append(String.format("%02X", b));
            } else {
                out.append((char) b);
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    /** A pattern matches a prefix of the path, unless it ends in '$', which demands the whole path. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String glob = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
        return globMatches(glob, path);
    }

    /** Classic greedy wildcard match with backtracking to the last star only: O(pattern x text) worst case. */
    private static boolean globMatches(String glob, String text) {
        int g = 0;
        int t = 0;
        int starG = -1;
        int starT = 0;
        while (t < text.length()) {
            if (g < glob.length() && glob.charAt(g) != '*' && glob.charAt(g) == text.charAt(t)) {
                g++;
                t++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                starG = g++;
                starT = t;
            } else if (starG >= 0) {
                g = starG + 1;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }
}
