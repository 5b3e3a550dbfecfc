package org.ordinancewatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceHealthTest {

    @Test
    void aSourceWithMeetingsAndItemsIsNotFlagged() {
        SourceHealth h = new SourceHealth();
        h.counted(12, 5, 40, 1);
        assertThat(h.zeroItemsAlarm).isFalse();
        assertThat(h.meetings).isEqualTo(5);
        assertThat(h.items).isEqualTo(40);
    }

    @Test
    void aSourceThatNeverFoundAnythingIsNotFlagged() {
        SourceHealth h = new SourceHealth();
        h.counted(1, 0, 0, 0);
        h.counted(1, 0, 0, 0);
        assertThat(h.zeroItemsAlarm).isFalse();
    }

    @Test
    void meetingsThatVanishAreFlaggedUntilTheyComeBack() {
        SourceHealth h = new SourceHealth();
        h.counted(3, 5, 0, 0);
        h.counted(1, 0, 0, 0);
        assertThat(h.zeroItemsAlarm).isTrue();
        assertThat(h.previousMeetings).isEqualTo(5);
        h.counted(1, 0, 0, 0);
        assertThat(h.zeroItemsAlarm).as("a second empty run").isTrue();
        h.counted(3, 4, 0, 0);
        assertThat(h.zeroItemsAlarm).isFalse();
    }

    @Test
    void agendaItemsThatVanishWhileMeetingsRemainAreFlagged() {
        SourceHealth h = new SourceHealth();
        h.counted(8, 5, 30, 0);
        h.counted(8, 5, 0, 0);
        assertThat(h.zeroItemsAlarm).isTrue();
        assertThat(h.previousItems).isEqualTo(30);
    }
}
