package org.ordinancewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The inner alert packages depend one way only: {@code web} on anything below it, {@code delivery} and
 * {@code triggers} (which do not use each other) on {@code signup}, {@code outbox} and {@code subscriptions},
 * {@code signup} on {@code outbox}, {@code outbox} on {@code subscriptions}, and all of them on the settings in
 * {@code alert} itself, which uses none of them. Read from the sources: every import and every name written out
 * in full (in code or a comment) counts as a use.
 */
class AlertLayersTest {

    /** A package may use only packages of a lower rank. */
    static final Map<String, Integer> RANKS = Map.of(
            "", 0,
            "subscriptions", 1,
            "outbox", 2,
            "signup", 3,
            "triggers", 4,
            "delivery", 4,
            "web", 5);

    private static final Path ALERT = Path.of("src/main/java/org/ordinancewatch/alert");
    private static final Pattern USE = Pattern.compile("\\borg\\.ordinancewatch\\.alert\\.([A-Za-z_]\\w*)");

    @Test
    void everyInnerPackageUsesOnlyThePackagesBelowIt() throws IOException {
        Map<String, String> sources = read(ALERT);
        assertThat(sources).as("sources under " + ALERT.toAbsolutePath()).hasSizeGreaterThan(20);
        assertThat(packagesOf(sources.keySet())).as("a new inner package needs a rank here")
                .containsExactlyInAnyOrderElementsOf(RANKS.keySet());
        assertThat(violations(sources)).isEmpty();
    }

    @Test
    void aUseUpwardsOrSidewaysIsReported() {
        Map<String, String> sample = Map.of(
                "subscriptions/Kinds.java", """
                        package org.ordinancewatch.alert.subscriptions;
                        import org.ordinancewatch.alert.outbox.AlertKind;
                        """,
                "triggers/Reminders.java", "/** Sent by {@link org.ordinancewatch.alert.delivery.AlertMails}. */",
                "AlertConfig.java", "import org.ordinancewatch.alert.web.SubscriptionResource;",
                "outbox/Alert.java", """
                        import org.ordinancewatch.alert.AlertConfig;
                        import org.ordinancewatch.alert.subscriptions.Subscriber;
                        import org.ordinancewatch.alert.outbox.AlertKind;
                        """);
        assertThat(violations(sample)).containsExactlyInAnyOrder(
                "subscriptions/Kinds.java uses alert.outbox",
                "triggers/Reminders.java uses alert.delivery",
                "AlertConfig.java uses alert.web");
    }

    /** "file uses alert.package" for every use of a package of the same or a higher rank. */
    static List<String> violations(Map<String, String> sources) {
        List<String> found = new ArrayList<>();
        sources.forEach((file, text) -> {
            String from = packageOf(file);
            Set<String> used = new TreeSet<>();
            Matcher m = USE.matcher(text);
            while (m.find()) {
                String first = m.group(1);
                used.add(Character.isUpperCase(first.charAt(0)) ? "" : first);
            }
            for (String to : used) {
                if (!to.equals(from) && (!RANKS.containsKey(to) || !RANKS.containsKey(from)
                        || RANKS.get(to) >= RANKS.get(from))) {
                    found.add(file + " uses alert" + (to.isEmpty() ? "" : "." + to));
                }
            }
        });
        return found;
    }

    /** Source text by path relative to the alert folder, with '/' between names. */
    private static Map<String, String> read(Path root) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return sources;
    }

    private static Set<String> packagesOf(Set<String> files) {
        Set<String> packages = new TreeSet<>();
        files.forEach(f -> packages.add(packageOf(f)));
        return packages;
    }

    /** The inner package a file belongs to (sub-packages count as their inner package); "" for alert itself. */
    private static String packageOf(String file) {
        int slash = file.indexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }
}
