package org.ordinancewatch.parse.support;

import java.io.IOException;

import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Jackson helpers shared by the JSON adapters. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The page as a JSON tree; anything that is not complete JSON is a {@link ParseException}. */
    public static JsonNode read(Page page) throws ParseException {
        String text = page.text();
        if (text.isBlank()) {
            throw new ParseException("empty response from " + page.url());
        }
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new ParseException("not valid JSON from " + page.url() + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The text of a field, or null when it is missing, null or blank. */
    public static String text(JsonNode node, String... fieldNames) {
        for (String field : fieldNames) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isContainerNode()) {
                String text = Text.clean(value.asText());
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
