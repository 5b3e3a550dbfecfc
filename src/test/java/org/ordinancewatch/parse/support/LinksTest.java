package org.ordinancewatch.parse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {

    private static final URI BASE = URI.create("https://city.iqm2.com/Citizens/Calendar.aspx");

    @Test
    void relativeHrefResolvesAgainstThePage() {
        assertThat(Links.resolve(BASE, "FileOpen.aspx?Type=14&ID=1689&Inline=True"))
                .isEqualTo("https://city.iqm2.com/Citizens/FileOpen.aspx?Type=14&ID=1689&Inline=True");
    }

    @Test
    void protocolRelativeHrefTakesThePageScheme() {
        assertThat(Links.resolve(BASE, "//x.granicus.com/MediaPlayer.php?clip_id=3"))
                .isEqualTo("https://x.granicus.com/MediaPlayer.php?clip_id=3");
    }

    @Test
    void spacesAreEncodedAndTrailingSpaceTrimmed() {
        assertThat(Links.resolve(BASE, "Detail_Motion.aspx?ID=1&CssClass= style= ")).isEqualTo(
                "https://city.iqm2.com/Citizens/Detail_Motion.aspx?ID=1&CssClass=%20style=");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "#", "javascript:void(0);", "mailto:clerk@example.org" })
    void hrefsThatLeadNowhereAreNull(String href) {
        assertThat(Links.resolve(BASE, href)).isNull();
    }

    @Test
    void scriptTargetReadsWindowOpen() {
        assertThat(Links.scriptTarget(BASE, "window.open('//portofla.granicus.com/AgendaViewer.php?view_id=9&event_id=666');"))
                .isEqualTo("https://portofla.granicus.com/AgendaViewer.php?view_id=9&event_id=666");
    }

    @Test
    void queryParamIsCaseInsensitive() {
        assertThat(Links.queryParam("https://x/Meeting.aspx?Id=abc&lang=English", "ID")).isEqualTo("abc");
    }
}
