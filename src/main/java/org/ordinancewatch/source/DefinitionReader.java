package org.ordinancewatch.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.ordinancewatch.SafeUrl;
import org.ordinancewatch.model.SlugForm;
import org.quartz.CronExpression;

/**
 * Reads {@code platforms/*.yaml} and {@code sources/*.yaml} below the scrapers folder and checks them
 * against each other, the known adapters and the known jurisdictions. Every problem is reported with
 * its file and field; nothing is returned unless all definitions are sound.
 */
public final class DefinitionReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final Pattern NAME = SlugForm.PATTERN;

    private final List<String> problems = new ArrayList<>();

    public record Definitions(List<PlatformDefinition> platforms, List<SourceDefinition> sources) {
    }

    public static Definitions read(Path dir, Set<String> adapters, Set<String> jurisdictions) {
        return new DefinitionReader().readAll(dir, adapters, jurisdictions);
    }

    private Definitions readAll(Path dir, Set<String> adapters, Set<String> jurisdictions) {
        List<PlatformDefinition> platforms = new ArrayList<>();
        for (Path file : yamlFiles(dir.resolve("platforms"))) {
            PlatformDefinition p = parse(file, PlatformDefinition.class);
            if (p != null && checkPlatform(file, p, adapters)) {
                platforms.add(p);
            }
        }
        Set<String> platformNames = platforms.stream().map(PlatformDefinition::name).collect(Collectors.toSet());
        List<SourceDefinition> sources = new ArrayList<>();
        for (Path file : yamlFiles(dir.resolve("sources"))) {
            SourceDefinition s = parse(file, SourceDefinition.class);
            if (s != null) {
                String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                s = s.named(name, file.toString());
                if (checkSource(file, s, platformNames, jurisdictions)) {
                    sources.add(s);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SourceDefinitionException(problems.stream().map(DefinitionReader::withLine).toList());
        }
        return new Definitions(platforms, sources);
    }

    private static final Pattern FIELD_PROBLEM = Pattern.compile("^(.*?\\.ya?ml), field '([^']+)'(.*)$", Pattern.DOTALL);

    /** Adds the line where the field is written to a problem that names only its file and field. */
    private static String withLine(String problem) {
        Matcher m = FIELD_PROBLEM.matcher(problem);
        if (!m.matches()) {
            return problem;
        }
        return at(Path.of(m.group(1)), m.group(2)) + ", field '" + m.group(2) + "'" + m.group(3);
    }

    /** {@code file line N} where {@code field} ({@code jurisdiction}, {@code start[1].url}) is written, else the file. */
    private static String at(Path file, String field) {
        Matcher indexed = Pattern.compile("([a-z-]+)\\[(\\d+)]\\.([a-z-]+)").matcher(field);
        int line;
        if (indexed.matches()) {
            int list = lineOf(file, indexed.group(1), 0, 0);
            line = list < 0 ? -1 : lineOf(file, indexed.group(3), list, Integer.parseInt(indexed.group(2)));
        } else {
            line = lineOf(file, field, 0, 0);
        }
        return line < 0 ? file.toString() : file + " line " + line;
    }

    /** 1-based line of the ({@code skip}+1)-th {@code key:} at or after line {@code from}, or -1. */
    private static int lineOf(Path file, String key, int from, int skip) {
        try {
            List<String> lines = Files.readAllLines(file);
            Pattern p = Pattern.compile("^\\s*(- )?" + Pattern.quote(key) + "\\s*:");
            int seen = 0;
            for (int i = from; i < lines.size(); i++) {
                if (p.matcher(lines.get(i)).find() && seen++ == skip) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private List<Path> yamlFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            problems.add(dir + ": cannot list definitions: " + e.getMessage());
        }
        files.sort(null);
        return files;
    }

    private <T> T parse(Path file, Class<T> type) {
        try {
            T value = YAML.readValue(file.toFile(), type);
            if (value == null) {
                problems.add(file + ": the file is empty");
            }
            return value;
        } catch (JsonMappingException e) {
            problems.add(file + fieldLine(file, e) + ", field '" + path(e) + "': " + e.getOriginalMessage()
                    .replaceAll(" \\(class [^)]*\\)", "").replaceAll(", not marked as ignorable.*", ""));
        } catch (JsonProcessingException e) {
            problems.add(file + location(e.getLocation()) + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
        }
        return null;
    }

    /**
     * Records are built only once the whole mapping is read, so Jackson's own location points past the
     * object; the line where the offending key is written is what a curator needs.
     */
    private static String fieldLine(Path file, JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        String field = path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
        int line = field == null ? -1 : lineOf(file, field, 0, 0);
        if (line > 0) {
            return " line " + line;
        }
        return location(e.getLocation());
    }

    private static String location(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private boolean checkPlatform(Path file, PlatformDefinition p, Set<String> adapters) {
        int before = problems.size();
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (p.name() == null || !p.name().equals(stem)) {
            problems.add(file + ", field 'name': must equal the file name '" + stem + "'");
        }
        if (p.start().isEmpty()) {
            problems.add(file + ", field 'start': at least one start page is required");
        }
        for (int i = 0; i < p.start().size(); i++) {
            PlatformDefinition.StartPage s = p.start().get(i);
            checkAdapter(file, "start[" + i + "].adapter", s.adapter(), adapters);
            if (s.postback() != null && !org.ordinancewatch.parse.Postbacks.NAMES.contains(s.postback())) {
                problems.add(file + ", field 'start[" + i + "].postback': unknown postback '" + s.postback()
                        + "' (known: " + String.join(", ", org.ordinancewatch.parse.Postbacks.NAMES) + ")");
            }
            if (s.url() == null || !s.url().matches("(https?://|\\{base}).*")) {
                problems.add(file + ", field 'start[" + i + "].url': must start with http(s):// or {base}");
            }
        }
        for (int i = 0; i < p.routes().size(); i++) {
            PlatformDefinition.Route r = p.routes().get(i);
            checkAdapter(file, "routes[" + i + "].adapter", r.adapter(), adapters);
            try {
                Pattern.compile(r.match() == null ? "" : r.match());
                if (r.match() == null || r.match().isBlank()) {
                    problems.add(file + ", field 'routes[" + i + "].match': a pattern is required");
                }
            } catch (PatternSyntaxException e) {
                problems.add(file + ", field 'routes[" + i + "].match': not a regular expression: " + e.getDescription());
            }
        }
        return problems.size() == before;
    }

    private void checkAdapter(Path file, String field, String adapter, Set<String> adapters) {
        if (adapter == null || !adapters.contains(adapter)) {
            problems.add(file + ", field '" + field + "': unknown adapter '" + adapter + "' (known: "
                    + String.join(", ", adapters) + ")");
        }
    }

    private boolean checkSource(Path file, SourceDefinition s, Set<String> platforms, Set<String> jurisdictions) {
        int before = problems.size();
        if (!NAME.matcher(s.name()).matches()) {
            problems.add(file + ": the file name must be lowercase letters, digits and hyphens");
        }
        if (s.jurisdiction() == null || !jurisdictions.contains(s.jurisdiction())) {
            problems.add(file + ", field 'jurisdiction': unknown jurisdiction '" + s.jurisdiction()
                    + "' (add it to config/jurisdictions.csv)");
        }
        if (s.platform() == null || !platforms.contains(s.platform())) {
            problems.add(file + ", field 'platform': unknown platform '" + s.platform() + "' (known: "
                    + String.join(", ", platforms.stream().sorted().toList()) + ")");
        }
        if (SafeUrl.httpOnly(s.baseUrl()) == null) {
            problems.add(file + ", field 'base-url': must be an http(s) URL, got '" + s.baseUrl() + "'");
        }
        if (s.schedule() != null && !s.schedule().isBlank() && !CronExpression.isValidExpression(s.schedule())) {
            problems.add(file + ", field 'schedule': '" + s.schedule()
                    + "' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
        }
        if (s.maxPages() < 1 || s.maxPages() > 5000) {
            problems.add(file + ", field 'max-pages': must be between 1 and 5000");
        }
        if (s.lookbackDays() < 0 || s.lookaheadDays() < 0) {
            problems.add(file + ", field 'lookback-days'/'lookahead-days': must not be negative");
        }
        return problems.size() == before;
    }
}
