package org.ordinancewatch.parse.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeaderColumnsTest {

    private static final String TABLE = "<table><thead><tr><th>Name</th><th class='minutes'>Minutes</th>"
            + "<th colspan='2'>Agenda Packet</th><th>Date</th></tr></thead>"
            + "<tbody><tr><td>Council</td><td>m</td><td>a</td><td>p</td><td>Jan 5, 2022</td></tr></tbody></table>";

    private final Element table = Jsoup.parse(TABLE).selectFirst("table");
    private final Element row = table.selectFirst("tbody tr");
    private final HeaderColumns columns = HeaderColumns.of(table);

    @Test
    void exactHeaderTextWins() {
        assertThat(columns.text(row, "date")).isEqualTo("Jan 5, 2022");
    }

    @Test
    void headerIsMatchedByContainedText() {
        assertThat(columns.index("packet")).isEqualTo(2);
    }

    @Test
    void spannedHeaderCoversBothCells() {
        assertThat(columns.index("date")).isEqualTo(4);
    }

    @Test
    void headerIsMatchedByClass() {
        assertThat(columns.text(row, "minutes")).isEqualTo("m");
    }

    @Test
    void missingColumnGivesNull() {
        assertThat(columns.cell(row, "video")).isNull();
    }
}
