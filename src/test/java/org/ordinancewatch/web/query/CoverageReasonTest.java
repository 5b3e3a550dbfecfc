package org.ordinancewatch.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Level;

/** Which reason a place without a watching source shows. */
class CoverageReasonTest {

    @Test
    void theResearchedReasonIsShownWhereThereIsOne() {
        assertThat(CoverageQueries.whyNotWatched(Level.CITY, List.of(), "Its council publishes on LIMS."))
                .isEqualTo("Its council publishes on LIMS.");
    }

    @Test
    void withoutOneTheLevelDecides() {
        assertThat(CoverageQueries.whyNotWatched(Level.CITY, List.of(), null)).startsWith("No agenda source is defined yet");
        assertThat(CoverageQueries.whyNotWatched(Level.STATE, List.of(), null)).contains("state legislature");
    }
}
