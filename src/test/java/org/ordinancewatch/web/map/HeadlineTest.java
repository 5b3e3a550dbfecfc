package org.ordinancewatch.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Status;

class HeadlineTest {

    @Test
    void aStandingProtectionOutranksAnythingStillMoving() {
        assertThat(Headline.of(List.of(Status.PROPOSED, Status.IN_FORCE, Status.REPEALED))).isEqualTo(Status.IN_FORCE);
    }

    @Test
    void somethingStillMovingOutranksWhatEnded() {
        assertThat(Headline.of(List.of(Status.REPEALED, Status.IN_COMMITTEE, Status.EXPIRED))).isEqualTo(Status.IN_COMMITTEE);
    }

    @Test
    void everyStatusHasARank() {
        for (Status s : Status.values()) {
            assertThat(Headline.rank(s)).as(s.code()).isLessThan(Status.values().length);
        }
    }

    @Test
    void noMeasureMeansNoHeadline() {
        assertThat(Headline.of(Arrays.asList((Status) null))).isNull();
        assertThat(Headline.of(List.of())).isNull();
    }
}
