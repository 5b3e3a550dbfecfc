package org.ordinancewatch.parse.legistar;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading of Legistar Web API responses ({@code webapi.legistar.com/v1/{client}/...}): JSON arrays of objects. */
final class LegistarJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LegistarJson() {
    }

    /**
     * The response's objects. Fails unless the body is a JSON array whose objects carry {@code keyField}
     * (e.g. {@code EventId}), so that a response of another endpoint is not read as this one.
     */
    static List<JsonNode> objects(Page page, String endpoint, String keyField) throws ParseException {
        JsonNode root;
        try {
            root = MAPPER.readTree(page.body());
        } catch (IOException e) {
            throw new ParseException("not JSON where a Legistar Web API " + endpoint + " response was expected: "
                    + page.url() + " (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ParseException("empty body where a Legistar Web API " + endpoint + " response was expected: "
                    + page.url());
        }
        if (!root.isArray()) {
            throw new ParseException("Legistar Web API " + endpoint + " response should be a JSON array but is "
                    + root.getNodeType() + ": " + page.url());
        }
        List<JsonNode> objects = new ArrayList<>();
        root.forEach(objects::add);
        boolean anyKeyed = objects.stream().anyMatch(o -> o.isObject() && o.has(keyField));
        if (!objects.isEmpty() && !anyKeyed) {
            throw new ParseException("no " + keyField + " in any element: not a Legistar Web API " + endpoint
                    + " response: " + page.url());
        }
        return objects;
    }

    /** A field's text, null when absent, JSON null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return LegistarText.clean(v.asText());
    }

    /** The path of the API resource the page was fetched from, without a trailing slash or query. */
    static String resource(URI url) {
        if (url == null || url.getPath() == null) {
            return null;
        }
        String path = url.getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The resource's own URL, without its query ({@code .../matters/7?$select=x} is {@code .../matters/7}). */
    static String address(URI url) {
        String resource = resource(url);
        return resource == null ? null : url.resolve(resource).toString();
    }

    /** An entry of the listing the page came from ({@code .../matters} + {@code /123}). */
    static String entry(URI listing, String id) {
        return listing.resolve(resource(listing) + "/" + id).toString();
    }

    /** A sub-resource of an entry of the listing ({@code .../events} + {@code /123/eventitems}). */
    static String child(URI listing, String id, String sub) {
        return entry(listing, id) + "/" + sub;
    }
}
