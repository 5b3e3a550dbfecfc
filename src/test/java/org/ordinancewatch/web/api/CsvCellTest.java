package org.ordinancewatch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void formulaLikeTextIsDefused() {
        assertThat(ExportApi.cell("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(ExportApi.cell("+1")).isEqualTo("'+1");
        assertThat(ExportApi.cell("-2")).isEqualTo("'-2");
        assertThat(ExportApi.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(ExportApi.cell("Ban on city use of face recognition technology"))
                .isEqualTo("Ban on city use of face recognition technology");
        assertThat(ExportApi.cell("8-1")).isEqualTo("8-1");
        assertThat(ExportApi.cell(null)).isNull();
    }
}
