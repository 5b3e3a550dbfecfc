package org.ordinancewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void formulaLikeTextIsDefused() {
        assertThat(ExportResource.cell("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(ExportResource.cell("+1")).isEqualTo("'+1");
        assertThat(ExportResource.cell("-2")).isEqualTo("'-2");
        assertThat(ExportResource.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(ExportResource.cell("Ban on city use of face recognition technology"))
                .isEqualTo("Ban on city use of face recognition technology");
        assertThat(ExportResource.cell("8-1")).isEqualTo("8-1");
        assertThat(ExportResource.cell(null)).isNull();
    }
}
