package org.ordinancewatch.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.testing.Fixtures;

/** A real Chicago matter history from the Legistar Web API (shared corpus). */
class StatusRulesLegistarHistoryTest {

    @Test
    void chicagoMatterHistoryGoesThroughCommitteeToPassage() throws IOException {
        JsonNode history = new ObjectMapper().readTree(Fixtures.shared(
                "legistar_webapi_json/opencivicdata__python-legistar-scraper/tests__fixtures__chicago__no_dupe_event.json")
                .toFile());
        StatusRules rules = new StatusRules();

        List<Status> statuses = new ArrayList<>();
        for (JsonNode row : history) {
            statuses.add(rules.infer(row.path("MatterHistoryActionName").asText(null),
                    row.path("MatterHistoryPassedFlagName").asText(null)).map(Inference::status).orElse(null));
        }

        assertThat(statuses).containsExactly(Status.IN_COMMITTEE, Status.IN_COMMITTEE, Status.PASSED);
    }
}
