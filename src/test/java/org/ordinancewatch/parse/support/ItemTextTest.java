package org.ordinancewatch.parse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.record.ScrapedItem;

class ItemTextTest {

    private static ScrapedItem parse(String line) {
        return ItemText.parse(line, null, List.of()).orElseThrow();
    }

    private static final String FRT_LINE = "Item 4: Ordinance No. 2021-07 - Ordinance banning municipal use of face surveillance";

    @Test
    void itemNumber() {
        assertThat(parse(FRT_LINE).number()).isEqualTo("4");
    }

    @Test
    void leadingFileReference() {
        assertThat(parse(FRT_LINE).file()).isEqualTo("Ordinance No. 2021-07");
    }

    @Test
    void titleWithoutNumberAndLeadingFile() {
        assertThat(parse(FRT_LINE).title()).isEqualTo("Ordinance banning municipal use of face surveillance");
    }

    @Test
    void letteredItem() {
        assertThat(parse("B) Approval of minutes").number()).isEqualTo("B");
    }

    @Test
    void romanNumeral() {
        assertThat(parse("IV. New Business").number()).isEqualTo("IV");
    }

    @Test
    void fileInsideTheTitleIsFound() {
        assertThat(parse("7. Second reading of Resolution 21-114 on surveillance oversight").file()).isEqualTo("Resolution 21-114");
    }

    @Test
    void fileInsideTheTitleStaysInTheTitle() {
        assertThat(parse("7. Second reading of Resolution 21-114 on surveillance oversight").title())
                .isEqualTo("Second reading of Resolution 21-114 on surveillance oversight");
    }

    @Test
    void plainTextIsNoItem() {
        assertThat(ItemText.parse("City Council Regular Meeting", null, List.of())).isEmpty();
    }
}
