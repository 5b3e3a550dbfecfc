package org.ordinancewatch.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.testing.Accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every JSON endpoint in the OpenAPI document has a summary and an example of its 200 response, and each example
 * has exactly the fields the route really returns, so the documentation cannot drift from the API.
 */
@QuarkusTest
class OpenApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON routes and a URL that answers with real data for each. */
    private static final Map<String, String> LIVE = Map.of("/api/measures", "/api/measures",
            "/api/measures/{id}", "/api/measures/oakland-ca-ban-2019", "/api/jurisdictions", "/api/jurisdictions",
            "/api/jurisdictions/{slug}", "/api/jurisdictions/oakland-ca", "/api/sources", "/api/sources",
            "/api/coverage", "/api/coverage", "/export/measures.json", "/export/measures.json",
            "/api/admin/alerts", "/api/admin/alerts");

    private JsonNode openApi() throws Exception {
        return JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    private static JsonNode example(JsonNode operation) throws Exception {
        JsonNode examples = operation.path("responses").path("200").path("content").path("application/json")
                .path("examples");
        assertThat(examples.isObject()).as("examples of %s", operation.path("summary")).isTrue();
        JsonNode value = examples.elements().next().path("value");
        return value.isTextual() ? JSON.readTree(value.asText()) : value;
    }

    @Test
    void everyJsonOperationHasASummaryAndAnExample() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi().path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode ok = op.getValue().path("responses").path("200").path("content");
                if (!ok.has("application/json") || !path.getKey().matches("/(api|export)/.*")) {
                    continue;
                }
                if (op.getValue().path("summary").asText().isBlank()
                        || !ok.path("application/json").path("examples").isObject()) {
                    missing.add(op.getKey() + " " + path.getKey());
                }
            }
        }
        assertThat(missing).as("JSON operations without a summary or an example").isEmpty();
    }

    @Test
    void everyExampleHasTheFieldsTheRouteReturns() throws Exception {
        JsonNode paths = openApi().path("paths");
        for (Map.Entry<String, String> route : LIVE.entrySet()) {
            JsonNode example = example(paths.path(route.getKey()).path("get"));
            JsonNode live = JSON.readTree(Accounts.asAdmin().get(route.getValue()).then().statusCode(200).extract().asString());
            assertThat(fields(example)).as(route.getKey()).isEqualTo(fields(live));
        }
        assertThat(fields(example(paths.path("/api/parse").path("post"))))
                .contains("platform", "meetings", "meetings[].items[].matchedTerms", "measures", "warnings");
    }

    /** Every field path in a document ("sources[].url"), over all elements of every array. */
    private static Set<String> fields(JsonNode node) {
        Set<String> out = new TreeSet<>();
        collect(node, "", out);
        return out;
    }

    private static void collect(JsonNode node, String prefix, Set<String> out) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, prefix + "[]", out));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String name = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
                out.add(name.startsWith("[].") ? name.substring(3) : name);
                collect(f.getValue(), name, out);
            });
        }
    }
}
