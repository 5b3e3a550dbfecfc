package org.ordinancewatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RecentChangesTest {

    @Inject
    StatusHistory history;

    @Test
    @TestTransaction
    void datedChangesComeLatestFirst() {
        List<StatusChange> recent = StatusChange.recent(8);
        assertThat(recent).hasSize(8);
        assertThat(recent).extracting(StatusChange::effectiveDate)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    @TestTransaction
    void anUndatedChangeRecordedTodayIsNotBuriedUnderOlderDatedOnes() {
        Measure seattle = Measure.findBySlug("seattle-wa-camera-proposal").orElseThrow();
        StatusChange change = history.move(seattle,
                new StatusMove(Status.IN_COMMITTEE, null, "curator:test", null, null, null)).orElseThrow();
        assertThat(StatusChange.recent(8).get(0)).isSameAs(change);
    }

    @Test
    @TestTransaction
    void anUndatedFirstStatusIsNoNews() {
        assertThat(StatusChange.recent(8)).noneMatch(c -> c.fromStatus == null && c.occurredOn == null);
        assertThat(StatusChange.recent(1000)).anyMatch(c -> c.measure.slug.equals("seattle-wa-camera-proposal"));
    }
}
