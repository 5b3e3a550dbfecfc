package org.ordinancewatch.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads {@code unwatched.yaml} beside the source definitions: for a tracked place that no source reads, why not, in
 * words for the public ("its council publishes on Minneapolis's own LIMS, which Ordinance Watch does not read"). The
 * research behind each reason is written in the file's comments, so the public page says what is known, not a
 * generic guess. A missing file means no notes; a note for a place that is not tracked stops start-up.
 */
public final class UnwatchedReasons {

    public static final String FILE = "unwatched.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private UnwatchedReasons() {
    }

    public static Map<String, String> read(Path file, Set<String> jurisdictions) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, Object> raw;
        try {
            raw = YAML.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new SourceDefinitionException(List.of(file + ": not a YAML map of place to reason: "
                    + e.getMessage()));
        }
        Map<String, String> reasons = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        (raw == null ? Map.<String, Object>of() : raw).forEach((slug, reason) -> {
            if (!jurisdictions.contains(slug)) {
                problems.add(file + ", place '" + slug + "': unknown jurisdiction (add it to config/jurisdictions.csv)");
            } else if (!(reason instanceof String text) || text.isBlank()) {
                problems.add(file + ", place '" + slug + "': the reason must be a non-empty sentence");
            } else {
                reasons.put(slug, text.strip());
            }
        });
        if (!problems.isEmpty()) {
            throw new SourceDefinitionException(problems);
        }
        return reasons;
    }
}
