package org.ordinancewatch.parse.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ordinancewatch.parse.support.Css.css;

import java.lang.ref.WeakReference;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CssTest {

    @Test
    void aQueryIsParsedOnceAndSelectsWhatTheStringSelects() {
        Document doc = Jsoup.parse("<table><thead><tr><th>A</th></tr></thead><tr><td>1</td></tr></table>");
        assertThat(css("thead tr")).isSameAs(css("thead tr"));
        assertThat(doc.select(css("thead tr"))).isEqualTo(doc.select("thead tr"));
        assertThat(doc.select(css("tr > td")).text()).isEqualTo("1");
    }

    @Test
    void forgettingPagesLetsTheLastDocumentSearchedGo() throws InterruptedException {
        WeakReference<Document> searched = searchAPage();
        Css.forgetPages();
        for (int i = 0; i < 50 && searched.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(searched.get()).as("the document, once its queries forgot it").isNull();
    }

    private static WeakReference<Document> searchAPage() {
        Document doc = Jsoup.parse("<div><p>one</p><p>two</p></div>".repeat(200));
        // Combinators remember what they matched, per thread, until their next search.
        assertThat(doc.select(css("div > p"))).hasSize(400);
        assertThat(doc.select(css("div p"))).hasSize(400);
        return new WeakReference<>(doc);
    }
}
