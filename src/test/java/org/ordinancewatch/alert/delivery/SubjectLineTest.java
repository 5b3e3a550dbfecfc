package org.ordinancewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectLineTest {

    @Test
    void controlCharactersFromScrapedTitlesNeverReachTheHeader() {
        assertThat(AlertMails.oneLine("Boston: ban\r\nBcc: victim@example.org")).isEqualTo("Boston: ban Bcc: victim@example.org");
        assertThat(AlertMails.oneLine("a\u2028b\tc")).isEqualTo("a b c");
    }

    @Test
    void longSubjectsAreCut() {
        assertThat(AlertMails.oneLine("x".repeat(400))).hasSize(250).endsWith("…");
    }
}
