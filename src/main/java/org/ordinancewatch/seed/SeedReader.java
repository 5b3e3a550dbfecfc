package org.ordinancewatch.seed;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.ordinancewatch.SafeUrl;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ordinancewatch.model.Level;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.Relation;
import org.ordinancewatch.model.SlugForm;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.seed.MeasureRow.LinkCell;
import org.ordinancewatch.seed.MeasureRow.SourceCell;

/**
 * Reads and validates the curated CSV files. Every problem is collected with its file, line and field,
 * so a curator sees all mistakes at once; nothing is returned unless every row is valid.
 */
public final class SeedReader {

    static final List<String> JURISDICTION_COLUMNS = List.of("slug", "name", "level", "region", "country", "latitude",
            "longitude", "timezone");
    public static final List<String> MEASURE_COLUMNS = List.of("slug", "jurisdiction", "identifier", "title", "kind", "scope",
            "status", "status_on", "decided_on", "effective_on", "sunset_on", "vote", "related", "links", "sources",
            "notes");

    private static final Pattern SLUG = SlugForm.PATTERN;
    /** The widths of the database columns the cells go to (see V1__core_schema.sql). */
    private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(Map.entry("slug", 80),
            Map.entry("name", 200), Map.entry("region", 16), Map.entry("identifier", 300), Map.entry("title", 500),
            Map.entry("scope", 1000), Map.entry("vote", 100), Map.entry("related", 2000), Map.entry("notes", 4000),
            Map.entry("sources", 20000), Map.entry("links", 4000));
    private static final String OFFICIAL = "[official]";
    private static final Pattern SOURCE = Pattern.compile("(.*?)\\s*<([^>]+)>\\s*");

    private final List<String> problems = new ArrayList<>();
    private final Map<Path, Set<String>> slugsByFile = new HashMap<>();

    public static SeedData read(Path jurisdictionsFile, Path measuresFile) {
        return new SeedReader().readBoth(jurisdictionsFile, measuresFile);
    }

    private SeedData readBoth(Path jurisdictionsFile, Path measuresFile) {
        List<JurisdictionRow> jurisdictions = readRows(jurisdictionsFile, JURISDICTION_COLUMNS, this::jurisdiction);
        List<MeasureRow> measures = readRows(measuresFile, MEASURE_COLUMNS, this::measure);
        checkReferences(jurisdictionsFile, jurisdictions, measures);
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return new SeedData(jurisdictions, measures);
    }

    private interface RowReader<T> {
        T read(Cells cells);
    }

    private <T> List<T> readRows(Path file, List<String> columns, RowReader<T> reader) {
        List<T> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            problems.add(file + ": file not found (working directory " + Path.of("").toAbsolutePath() + ")");
            return rows;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setTrim(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = format.parse(in)) {
            List<String> missing = columns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(file + " line 1: missing column(s) " + missing + " (expected " + columns + ")");
                return rows;
            }
            Iterator<CSVRecord> records = parser.iterator();
            long previousLine = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) previousLine + 1;
                previousLine = parser.getCurrentLineNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Cells cells = new Cells(file, line, record);
                T row = reader.read(cells);
                if (cells.ok) {
                    rows.add(row);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(file + ": not a readable CSV file: " + e.getMessage());
        }
        return rows;
    }

    private JurisdictionRow jurisdiction(Cells c) {
        String slug = c.slug();
        String timezone = c.parsed("timezone", true, text -> {
            ZoneId.of(text);
            return text;
        });
        String country = c.required("country");
        if (country != null && !country.matches("[A-Z]{2}")) {
            c.problem("country", "'" + country + "' is not a two-letter ISO country code");
        }
        return new JurisdictionRow(c.line, slug, c.required("name"), c.parsed("level", true, Level::fromCode),
                c.optional("region"), country, coordinate(c, "latitude", 90), coordinate(c, "longitude", 180), timezone);
    }

    private static Double coordinate(Cells c, String field, double limit) {
        return c.parsed(field, false, text -> {
            double value = Double.parseDouble(text);
            if (Math.abs(value) > limit) {
                throw new IllegalArgumentException(text + " is outside -" + limit + ".." + limit);
            }
            return value;
        });
    }

    private MeasureRow measure(Cells c) {
        String slug = c.slug();
        List<SourceCell> sources = c.parsed("sources", false, SeedReader::sources);
        List<LinkCell> links = c.parsed("links", false, SeedReader::links);
        return new MeasureRow(c.file.toString(), c.line, slug, c.required("jurisdiction"), c.optional("identifier"),
                c.required("title"), c.parsed("kind", true, MeasureKind::fromCode), c.optional("scope"),
                c.parsed("status", true, Status::fromCode), c.parsed("status_on", false, PartialDate::parse),
                c.parsed("decided_on", false, PartialDate::parse), c.parsed("effective_on", false, PartialDate::parse),
                c.parsed("sunset_on", false, PartialDate::parse), c.optional("vote"), c.optional("related"),
                links == null ? List.of() : links, sources == null ? List.of() : sources, c.optional("notes"),
                fingerprint(c.record));
    }

    /**
     * {@code [official] Label <https://url> | Publication name | https://bare.url}: {@code [official]} marks the
     * government's own record of the measure, which pages show first as its primary source.
     */
    static List<SourceCell> sources(String cell) {
        List<SourceCell> sources = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            String text = part.trim();
            boolean official = text.startsWith(OFFICIAL);
            if (official) {
                text = text.substring(OFFICIAL.length()).trim();
            }
            if (text.isEmpty()) {
                if (official) {
                    throw new IllegalArgumentException("'" + OFFICIAL + "' must be followed by a source");
                }
                continue;
            }
            Matcher m = SOURCE.matcher(text);
            if (m.matches()) {
                String label = m.group(1).isBlank() ? m.group(2) : m.group(1);
                sources.add(new SourceCell(label, checkedUrl(m.group(2)), official));
            } else if (text.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
                sources.add(new SourceCell(text, checkedUrl(text), official));
            } else if (official) {
                throw new IllegalArgumentException("official source '" + text + "' has no URL");
            } else {
                sources.add(new SourceCell(text, null));
            }
        }
        return sources;
    }

    private static String checkedUrl(String url) {
        String safe = SafeUrl.httpOnly(url);
        if (safe == null) {
            throw new IllegalArgumentException("'" + url + "' is not an absolute http(s) URL");
        }
        return safe;
    }

    /** {@code replaces:other-slug | related:third-slug}. */
    static List<LinkCell> links(String cell) {
        List<LinkCell> links = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            String text = part.trim();
            if (text.isEmpty()) {
                continue;
            }
            int colon = text.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("'" + text + "' should read relation:measure-slug");
            }
            links.add(new LinkCell(Relation.fromCode(text.substring(0, colon)), text.substring(colon + 1).trim()));
        }
        return links;
    }

    private void checkReferences(Path jurisdictionsFile, List<JurisdictionRow> jurisdictions, List<MeasureRow> measures) {
        Set<String> known = new HashSet<>();
        jurisdictions.forEach(j -> known.add(j.slug()));
        Set<String> measureSlugs = new HashSet<>();
        measures.forEach(m -> measureSlugs.add(m.slug()));
        for (MeasureRow m : measures) {
            if (!known.contains(m.jurisdiction())) {
                problems.add(m.origin() + ", field 'jurisdiction': unknown jurisdiction '" + m.jurisdiction()
                        + "' (not in " + jurisdictionsFile + ")");
            }
            for (LinkCell link : m.links()) {
                if (!measureSlugs.contains(link.measure())) {
                    problems.add(m.origin() + ", field 'links': unknown measure '" + link.measure() + "'");
                }
            }
        }
    }

    private static String fingerprint(CSVRecord record) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\u001f", record.toList()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One record's cells; problems found while reading them are added to the reader's list. */
    private final class Cells {
        final Path file;
        final int line;
        final CSVRecord record;
        boolean ok = true;

        Cells(Path file, int line, CSVRecord record) {
            this.file = file;
            this.line = line;
            this.record = record;
        }

        /** The row's slug, checked for form and for uniqueness within its file. */
        String slug() {
            String slug = required("slug");
            if (slug != null && !SLUG.matcher(slug).matches()) {
                problem("slug", "'" + slug + "' must be lowercase letters, digits and single hyphens");
            } else if (slug != null && !slugsByFile.computeIfAbsent(file, f -> new HashSet<>()).add(slug)) {
                problem("slug", "duplicate slug '" + slug + "'");
            }
            return slug;
        }

        String optional(String field) {
            String value = record.isSet(field) ? record.get(field) : "";
            if (value == null || value.isBlank()) {
                return null;
            }
            String trimmed = value.trim();
            Integer limit = MAX_LENGTH.get(field);
            if (limit != null && trimmed.length() > limit) {
                problem(field, "is " + trimmed.length() + " characters long; at most " + limit + " fit");
                return null;
            }
            return trimmed;
        }

        String required(String field) {
            String value = optional(field);
            if (value == null) {
                problem(field, "is required");
            }
            return value;
        }

        <T> T parsed(String field, boolean required, Function<String, T> parser) {
            String text = required ? required(field) : optional(field);
            if (text == null) {
                return null;
            }
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException | DateTimeException e) {
                problem(field, e.getMessage());
                return null;
            }
        }

        void problem(String field, String message) {
            ok = false;
            problems.add(file + " line " + line + ", field '" + field + "': " + message);
        }
    }
}
