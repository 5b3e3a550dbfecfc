package org.ordinancewatch.parse.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The truncation check reads the closing tag in any case without lower-casing a copy of the page. */
class HtmlTest {

    @Test
    void aFullDocumentWithItsClosingTagInAnyCaseIsWhole() {
        assertThat(Html.truncationWarning("<!DOCTYPE html><html><body>x</body></html>\n")).isEmpty();
        assertThat(Html.truncationWarning("<HTML><BODY>x</BODY></HTML>")).isEmpty();
        assertThat(Html.truncationWarning("<html><body>x</body></HtMl>  <!-- trailer -->")).isEmpty();
    }

    @Test
    void aFullDocumentWithoutItIsTruncated() {
        assertThat(Html.truncationWarning("<!doctype html><html><body><table><tr><td>x"))
                .contains("page appears truncated: no closing </html> tag");
        assertThat(Html.truncationWarning("<html><body>x</body></htm")).isPresent();
        assertThat(Html.truncationWarning("<html><body>x</body>/html>")).isPresent();
    }

    @Test
    void aFragmentIsNeverTruncated() {
        assertThat(Html.truncationWarning("<table><tr><td>x")).isEmpty();
        assertThat(Html.truncationWarning("")).isEmpty();
    }

    @Test
    void containsIgnoreCaseFindsTheNeedleAnywhere() {
        assertThat(Html.containsIgnoreCase("</HTML>", "</html>")).isTrue();
        assertThat(Html.containsIgnoreCase("a</Html>b", "</html>")).isTrue();
        assertThat(Html.containsIgnoreCase("</html", "</html>")).isFalse();
        assertThat(Html.containsIgnoreCase("", "</html>")).isFalse();
    }
}
