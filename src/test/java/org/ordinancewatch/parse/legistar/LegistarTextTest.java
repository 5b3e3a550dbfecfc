package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** LegistarText keeps its meaning now that clean is a loop and withoutEmphasis copies only cells with an em. */
class LegistarTextTest {

    @Test
    void cleanAgreesWithTheRegexItReplacesOnRandomText() {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2007\u200B\u0001\u3000.";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String reference = s.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
            assertThat(LegistarText.clean(s.toString())).as("clean of %s", s.codePoints().boxed().toList())
                    .isEqualTo(reference.isEmpty() ? null : reference);
        }
    }

    @Test
    void withoutEmphasisLeavesOutTheComment() {
        Document doc = Jsoup.parse("<table><tr><td id=a>City  Hall<br><em>CANCELLED</em></td><td id=b>Room&nbsp;201</td>"
                + "<td id=c><em>only a comment</em></td></tr></table>");
        assertThat(LegistarText.withoutEmphasis(doc.getElementById("a"))).isEqualTo("City Hall");
        assertThat(LegistarText.withoutEmphasis(doc.getElementById("b"))).isEqualTo("Room 201");
        assertThat(LegistarText.withoutEmphasis(doc.getElementById("c"))).isNull();
        Element em = doc.selectFirst("em");
        assertThat(LegistarText.withoutEmphasis(em)).isEqualTo("CANCELLED");
        assertThat(LegistarText.withoutEmphasis(null)).isNull();
    }
}
