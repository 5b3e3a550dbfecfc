package org.ordinancewatch.parse.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ordinancewatch.parse.support.Css.css;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

/** Dom answers what the selector searches it replaced answered, on a page with the awkward cases. */
class DomTest {

    private static final Evaluator COMMITTEE = QueryParser.parse(".committee");

    private static final Document PAGE = Jsoup.parse("""
            <table id=outer>
              <tr id=holder><td>x</td><td><table><tr id=inner><th>H</th><td>a</td><td>b</td></tr></table></td></tr>
              <tr id=plain><td id=c1>Jan  5,
                2026 <span class=committee>Finance
                Committee</span></td><td class=committee id=c2>Zoning   Board</td><td id=c3>no  committee</td></tr>
            </table>
            <pre><table><tr><td id=p1>Feb  2,
            2026  <span class=committee>Parks</span></td><td id=p2>kept    as   is</td></tr></table></pre>
            <div class=row id=outerRow><div class=row id=innerRow><a href=x>x</a></div></div>
            """);

    private static String removedByCopy(Element cell) {
        Element copy = cell.clone();
        copy.select(COMMITTEE).remove();
        return copy.text();
    }

    @Test
    void textWithoutMatchesTheCopyItAvoids() {
        for (String id : List.of("c1", "c2", "c3", "p1", "p2", "holder", "plain", "outer")) {
            Element cell = PAGE.getElementById(id);
            assertThat(Dom.textWithout(cell, COMMITTEE)).as(id).isEqualTo(removedByCopy(cell));
        }
        assertThat(Dom.textWithout(PAGE.getElementById("c1"), COMMITTEE)).isEqualTo("Jan 5, 2026");
        // the cell that is itself the committee keeps its text, as its copy did
        assertThat(Dom.textWithout(PAGE.getElementById("c2"), COMMITTEE)).isEqualTo("Zoning Board");
    }

    @Test
    void insidePreTheCopyIsStillTaken() {
        Element kept = PAGE.getElementById("p2");
        assertThat(Dom.insideWhitespaceKeeper(kept)).isTrue();
        assertThat(Dom.textWithout(kept, COMMITTEE)).isEqualTo(removedByCopy(kept));
        assertThat(Dom.insideWhitespaceKeeper(PAGE.getElementById("c3"))).isFalse();
    }

    @Test
    void childrenAreWhatChildSelectorsFind() {
        for (Element row : PAGE.select("tr")) {
            assertThat(Dom.children(row, "td")).as(row.id()).containsExactlyElementsOf(row.select("> td"));
            assertThat(Dom.hasChild(row, "th")).as(row.id()).isEqualTo(!row.select("> th").isEmpty());
            for (int i = -1; i <= 3; i++) {
                Element expected = i >= 0 && i < row.select("> td").size() ? row.select("> td").get(i) : null;
                assertThat(Dom.child(row, "td", i)).as(row.id() + " cell " + i).isSameAs(expected);
            }
        }
    }

    @Test
    void holdersAreTheRowsWithRowsBelowThem() {
        for (String query : List.of("tr", "div.row")) {
            List<Element> rows = PAGE.select(query);
            var holders = Dom.holders(rows);
            for (Element row : rows) {
                assertThat(holders.contains(row)).as(query + " " + row.id()).isEqualTo(row.select(query).size() > 1);
            }
        }
        assertThat(Dom.holders(PAGE.select("tr"))).containsExactly(PAGE.getElementById("holder"));
    }

    @Test
    void cssSelectsWhatTheStringSelectsAndParsesOnce() {
        assertThat(css("tr > td")).isSameAs(css("tr > td"));
        Element row = PAGE.getElementById("plain");
        for (String query : List.of("> td", "td.committee", "tr tr", "a[href]", "td:has(span)", "table table")) {
            assertThat(PAGE.select(css(query))).as(query).containsExactlyElementsOf(PAGE.select(query));
            assertThat(row.select(css(query))).as("row " + query).containsExactlyElementsOf(row.select(query));
        }
    }
}
