package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    private static final String AGENT = "OrdinanceWatch";

    private static RobotsRules parse(String text) {
        return RobotsRules.parse(text, AGENT);
    }

    @Test
    void disallowIsAPrefixMatch() {
        RobotsRules rules = parse("User-agent: *\nDisallow: /calendar\n");

        assertThat(rules.allows("/calendar/2026")).isFalse();
    }

    @Test
    void pathOutsideEveryRuleIsAllowed() {
        RobotsRules rules = parse("User-agent: *\nDisallow: /calendar\n");

        assertThat(rules.allows("/legislation")).isTrue();
    }

    @Test
    void longestMatchWins() {
        RobotsRules rules = parse("User-agent: *\nAllow: /a\nDisallow: /a/b\n");

        assertThat(rules.allows("/a/b/c")).isFalse();
        assertThat(rules.allows("/a/x")).isTrue();
    }

    @Test
    void allowWinsATie() {
        RobotsRules rules = parse("User-agent: *\nDisallow: /page\nAllow: /page\n");

        assertThat(rules.allows("/page")).isTrue();
    }

    @Test
    void starMatchesAnyRun() {
        RobotsRules rules = parse("User-agent: *\nDisallow: /*.pdf\n");

        assertThat(rules.allows("/docs/minutes/2026.pdf")).isFalse();
        assertThat(rules.allows("/docs/minutes/2026.html")).isTrue();
    }

    @Test
    void dollarAnchorsTheEnd() {
        RobotsRules rules = parse("User-agent: *\nDisallow: /*.pdf$\n");

        assertThat(rules.allows("/a.pdf")).isFalse();
        assertThat(rules.allows("/a.pdf?download=1")).isTrue();
    }

    @Test
    void queryStringTakesPartInMatching() {
        RobotsRules rules = parse("User-agent: *\nDisallow: /*?print=\n");

        assertThat(rules.allows("/View.ashx?M=A&print=1")).isTrue();
        assertThat(rules.allows("/View.ashx?print=1")).isFalse();
    }

    @Test
    void emptyDisallowAllowsEverything() {
        RobotsRules rules = parse("User-agent: *\nDisallow:\n");

        assertThat(rules.allows("/anything")).isTrue();
    }

    @Test
    void ourGroupIsChosenCaseInsensitively() {
        RobotsRules rules = parse("User-agent: *\nDisallow: /\n\nUser-agent: ordinancewatch\nDisallow: /x\n");

        assertThat(rules.allows("/y")).isTrue();
        assertThat(rules.allows("/x")).isFalse();
    }

    @Test
    void ruleLessGroupForUsStillOverridesTheStarGroup() {
        // the classic "only this crawler may enter": an empty Disallow adds no rule, yet the group is ours
        RobotsRules rules = parse("User-agent: OrdinanceWatch\nDisallow:\n\nUser-agent: *\nDisallow: /\n");

        assertThat(rules.allows("/agenda")).isTrue();
    }

    @Test
    void otherCrawlersGroupsAreIgnored() {
        RobotsRules rules = parse("User-agent: Googlebot\nDisallow: /\n");

        assertThat(rules.allows("/agenda")).isTrue();
    }

    @Test
    void blankLinesDoNotSplitUserAgentLinesFromTheirRules() {
        RobotsRules rules = parse("User-agent: OrdinanceWatch\n\nUser-agent: *\n\nDisallow: /\n");

        assertThat(rules.allows("/agenda")).isFalse();
    }

    @Test
    void consecutiveUserAgentLinesShareOneGroup() {
        RobotsRules rules = parse("User-agent: Googlebot\nUser-agent: OrdinanceWatch\nDisallow: /shared\n");

        assertThat(rules.allows("/shared/page")).isFalse();
    }

    @Test
    void groupsNamingUsTwiceAreMerged() {
        RobotsRules rules = parse("User-agent: OrdinanceWatch\nDisallow: /a\n\nUser-agent: OrdinanceWatch\nDisallow: /b\n");

        assertThat(rules.allows("/a")).isFalse();
        assertThat(rules.allows("/b")).isFalse();
    }

    @Test
    void commentsDirectiveCaseAndSitemapLinesAreTolerated() {
        RobotsRules rules = parse("""
                # city web team
                USER-AGENT: *   # everyone
                Sitemap: https://example.org/sitemap.xml
                DISALLOW: /admin  # staff only
                """);

        assertThat(rules.allows("/admin/login")).isFalse();
    }

    @Test
    void rulesBeforeAnyUserAgentAreIgnored() {
        RobotsRules rules = parse("Disallow: /\nUser-agent: *\nDisallow: /admin\n");

        assertThat(rules.allows("/agenda")).isTrue();
    }

    @Test
    void percentEscapesCompareCaseInsensitively() {
        RobotsRules rules = parse("User-agent: *\nDisallow: /caf%c3%a9\n");

        assertThat(rules.allows("/caf%C3%A9/menu")).isFalse();
    }

    @Test
    void nonAsciiPatternMatchesEncodedPath() {
        RobotsRules rules = parse("User-agent: *\nDisallow: /café\n");

        assertThat(rules.allows("/caf%C3%A9")).isFalse();
    }

    @Test
    void robotsTxtItselfIsAlwaysAllowed() {
        assertThat(parse("User-agent: *\nDisallow: /\n").allows("/robots.txt")).isTrue();
    }

    @Test
    void disallowAllBlocksEveryPath() {
        RobotsRules rules = RobotsRules.disallowAll("unreachable");

        assertThat(rules.allows("/")).isFalse();
        assertThat(rules.blanketReason()).isEqualTo("unreachable");
    }

    @Test
    void manyWildcardsDoNotBacktrackCatastrophically() {
        String pattern = "/" + "*a".repeat(30) + "b";
        RobotsRules rules = parse("User-agent: *\nDisallow: " + pattern + "\n");

        long start = System.nanoTime();
        boolean allowed = rules.allows("/" + "a".repeat(5000));

        assertThat(allowed).isTrue();
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }
}
