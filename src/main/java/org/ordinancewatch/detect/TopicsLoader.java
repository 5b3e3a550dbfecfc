package org.ordinancewatch.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads topic definitions from YAML:
 *
 * <pre>
 * topics:
 *   - name: frt
 *     include: [facial recognition, face surveillance]
 *     exclude: [disease surveillance]
 *     requires-context:
 *       - term: surveillance
 *         context: [technology]
 *         window: 4
 * </pre>
 *
 * Every problem is reported with the file and the field path ({@code topics[1] (alpr).include[2]}), and unknown
 * keys are rejected so that a misspelt {@code exlude} does not silently drop the exclusions.
 */
public class TopicsLoader {

    private static final Set<String> ROOT_FIELDS = Set.of("topics");
    private static final Set<String> TOPIC_FIELDS = Set.of("name", "include", "exclude", "requires-context");
    private static final Set<String> RULE_FIELDS = Set.of("term", "context", "window");

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public List<Topic> load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TopicsConfigException(file + ": topics file not found (set ow.topics.file to its path)");
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new TopicsConfigException(file + ": cannot read topics file: " + e.getMessage(), e);
        }
    }

    /** Parses YAML text; {@code source} names it in error messages. */
    public List<Topic> parse(String yaml, String source) {
        JsonNode root = readTree(yaml, source);
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new TopicsConfigException(source + ": file is empty; expected a 'topics' list");
        }
        if (!root.isObject()) {
            throw new TopicsConfigException(source + ": expected a mapping with a 'topics' list at the top level");
        }
        rejectUnknownFields(root, ROOT_FIELDS, source, "top level");
        JsonNode topicsNode = root.get("topics");
        if (topicsNode == null || !topicsNode.isArray() || topicsNode.isEmpty()) {
            throw new TopicsConfigException(source + ": 'topics' must be a non-empty list");
        }
        List<Topic> topics = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < topicsNode.size(); i++) {
            Topic topic = topic(topicsNode.get(i), source, "topics[" + i + "]");
            if (!names.add(topic.name())) {
                throw new TopicsConfigException(source + ": topics[" + i + "].name: topic '" + topic.name()
                        + "' is defined twice");
            }
            topics.add(topic);
        }
        return topics;
    }

    private JsonNode readTree(String yaml, String source) {
        try {
            return mapper.readTree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new TopicsConfigException(source + ": not valid YAML" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    private Topic topic(JsonNode node, String source, String path) {
        if (!node.isObject()) {
            throw new TopicsConfigException(source + ": " + path + ": expected a mapping with name and include");
        }
        String name = requiredString(node, "name", source, path);
        String where = path + " (" + name + ")";
        rejectUnknownFields(node, TOPIC_FIELDS, source, where);
        List<String> include = terms(node.get("include"), source, where + ".include");
        List<String> exclude = terms(node.get("exclude"), source, where + ".exclude");
        List<ContextRule> rules = contextRules(node.get("requires-context"), source, where + ".requires-context");
        if (include.isEmpty() && rules.isEmpty()) {
            throw new TopicsConfigException(source + ": " + where
                    + ": needs a non-empty 'include' list or 'requires-context' rules");
        }
        return new Topic(name, include, exclude, rules);
    }

    private List<ContextRule> contextRules(JsonNode node, String source, String path) {
        List<ContextRule> rules = new ArrayList<>();
        if (node == null || node.isNull()) {
            return rules;
        }
        if (!node.isArray()) {
            throw new TopicsConfigException(source + ": " + path + ": expected a list of {term, context, window}");
        }
        for (int i = 0; i < node.size(); i++) {
            String rulePath = path + "[" + i + "]";
            JsonNode rule = node.get(i);
            if (!rule.isObject()) {
                throw new TopicsConfigException(source + ": " + rulePath + ": expected a mapping with term and context");
            }
            rejectUnknownFields(rule, RULE_FIELDS, source, rulePath);
            String term = requiredString(rule, "term", source, rulePath);
            checkHasWords(term, source, rulePath + ".term");
            List<String> context = terms(rule.get("context"), source, rulePath + ".context");
            if (context.isEmpty()) {
                throw new TopicsConfigException(source + ": " + rulePath + ".context: needs at least one term");
            }
            rules.add(new ContextRule(term, context, window(rule.get("window"), source, rulePath + ".window")));
        }
        return rules;
    }

    private static Integer window(JsonNode node, String source, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isInt() || node.intValue() < 1) {
            throw new TopicsConfigException(source + ": " + path + ": expected a whole number of words (1 or more), got '"
                    + node.asText() + "'");
        }
        return node.intValue();
    }

    private static List<String> terms(JsonNode node, String source, String path) {
        List<String> terms = new ArrayList<>();
        if (node == null || node.isNull()) {
            return terms;
        }
        if (!node.isArray()) {
            throw new TopicsConfigException(source + ": " + path + ": expected a list of terms");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode term = node.get(i);
            String termPath = path + "[" + i + "]";
            if (!term.isTextual() || term.asText().isBlank()) {
                throw new TopicsConfigException(source + ": " + termPath + ": expected a non-empty string");
            }
            checkHasWords(term.asText(), source, termPath);
            terms.add(term.asText().trim());
        }
        return terms;
    }

    private static String requiredString(JsonNode node, String field, String source, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new TopicsConfigException(source + ": " + path + "." + field + ": required, expected a non-empty string");
        }
        return value.asText().trim();
    }

    private static void checkHasWords(String term, String source, String path) {
        if (Words.stems(term).isEmpty()) {
            throw new TopicsConfigException(source + ": " + path + ": term '" + term + "' has no words");
        }
    }

    private static void rejectUnknownFields(JsonNode node, Set<String> allowed, String source, String path) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw new TopicsConfigException(source + ": " + path + ": unknown field '" + field + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }
}
