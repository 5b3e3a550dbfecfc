package org.ordinancewatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pages in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser). Screenshots of
 * each page at desktop and phone widths go to {@code target/screenshots/}.
 */
@QuarkusTest
class BrowserTest {

    static final Path CHROMIUM = Paths.get(System.getProperty("ow.chromium", "/usr/bin/chromium"));
    static final Path SHOTS = Paths.get("target", "screenshots");

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() throws Exception {
        assertThat(CHROMIUM).as("Chromium is installed (apt-get install chromium)").exists();
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
    }

    @AfterEach
    void shut() {
        context.close();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        Map<String, String> pages = Map.of("dashboard", "/", "map", "/map", "hearings", "/hearings", "search",
                "/search?q=face+surveillance", "measure", "/m/boston-ma-ban-2020", "jurisdiction", "/j/boston-ma",
                "about", "/about", "sources", "/sources", "coverage", "/coverage");
        for (var p : pages.entrySet()) {
            page.setViewportSize(1280, 900);
            page.navigate(url(p.getValue()));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(p.getKey() + "-1280.png")).setFullPage(true));
            page.setViewportSize(390, 844);
            page.navigate(url(p.getValue()));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(p.getKey() + "-390.png")).setFullPage(true));
            Object width = page.evaluate("document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).as(p.getValue() + " at 390 px").isLessThanOrEqualTo(390);
        }
    }

    @Test
    void noPageBreaksItsContentSecurityPolicy() {
        java.util.List<String> errors = new java.util.ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        for (String path : java.util.List.of("/", "/map", "/hearings", "/search?q=face", "/m/boston-ma-ban-2020",
                "/j/boston-ma", "/about", "/sources", "/coverage")) {
            page.navigate(url(path));
            page.waitForLoadState();
        }
        page.navigate(url("/m/boston-ma-ban-2020"));
        page.locator("button[data-copy]").first().click();
        assertThat(errors).as("console errors, such as blocked inline script or style").isEmpty();
    }

    @Test
    void aMistakeInTheSubscribeFormIsShownBesideTheFieldWithTheInputKept() {
        page.setViewportSize(390, 844);
        page.navigate(url("/j/boston-ma"));
        page.fill(".subscribe-form input[name=email]", "someone-at-example.org");
        page.selectOption(".subscribe-form select[name=cadence]", "weekly");
        page.evaluate("document.querySelector('.subscribe-form').noValidate = true");
        page.click(".subscribe-form button[type=submit]");
        page.waitForURL(u -> u.endsWith("/alerts/subscribe"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("subscribe-mistake-390.png")).setFullPage(true));
        assertThat(page.inputValue("input[name=email]")).isEqualTo("someone-at-example.org");
        assertThat(page.locator("#subscribe-email-error").isVisible()).isTrue();
        assertThat(page.inputValue("select[name=cadence]")).isEqualTo("weekly");
        assertThat(page.inputValue("input[name=scope]")).isEqualTo("jurisdiction:boston-ma");
        page.fill("input[name=email]", "someone@example.org");
        page.click("button[type=submit]");
        assertThat(page.locator("#outcome").textContent()).contains("someone@example.org");
    }

    /** WCAG AA: text contrast of at least 4.5:1 (3:1 for large text), and a label on every form field. */
    @Test
    void everyPageMeetsContrastAndLabelsItsFields() throws java.io.IOException {
        String contrast = resource("/browser/contrast.js");
        String unlabelled = resource("/browser/unlabelled.js");
        for (String path : List.of("/", "/map", "/hearings", "/search?q=face", "/m/boston-ma-ban-2020",
                "/m/baltimore-md-moratorium-2021", "/j/boston-ma", "/about", "/sources", "/coverage", "/alerts/subscribe",
                "/login")) {
            page.navigate(url(path));
            assertThat((List<?>) page.evaluate(contrast)).as("text below WCAG AA contrast on %s", path).isEmpty();
            assertThat((List<?>) page.evaluate(unlabelled)).as("fields without a label on %s", path).isEmpty();
        }
    }

    private static String resource(String name) throws java.io.IOException {
        try (var in = BrowserTest.class.getResourceAsStream(name)) {
            return new String(java.util.Objects.requireNonNull(in, name).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void theMapShowsOneColouredMarkerPerPlace() {
        page.navigate(url("/map"));
        assertThat(page.locator("circle.marker[data-slug='somerville-ma']").count()).isEqualTo(1);
        Object fill = page.evaluate("getComputedStyle(document.querySelector(\"circle.marker[data-slug='somerville-ma']\")).fill");
        assertThat(fill).isEqualTo("rgb(31, 122, 77)");
        // California's body-camera moratorium expired, but AB 1814 is still in committee: what moves comes first.
        Object moving = page.evaluate("getComputedStyle(document.querySelector('#map-us path.shape-ca')).fill");
        assertThat(moving).isEqualTo("rgb(47, 95, 179)");
        Object expired = page.evaluate("getComputedStyle(document.querySelector('#map-world path.shape-ma')).fill");
        assertThat(expired).as("Morocco, whose only measure expired").isEqualTo("rgb(139, 147, 161)");
        page.locator("circle.marker[data-slug='somerville-ma']").click();
        page.waitForURL("**/j/somerville-ma");
    }

    @Test
    void theDashboardFilters() {
        page.navigate(url("/"));
        page.selectOption("select[name=status]", "expired");
        page.click(".filters button[type=submit]");
        page.waitForURL(u -> u.contains("status=expired"));
        assertThat(page.locator("table.measures tbody th a").allTextContents()).containsExactly("Baltimore, MD", "California", "Italy",
                "Morocco", "New York State");
    }

    @Test
    void searchFindsAPlace() {
        page.navigate(url("/search"));
        page.fill("input[name=q]", "Somerville");
        page.press("input[name=q]", "Enter");
        page.waitForURL(u -> u.contains("q=Somerville"));
        assertThat(page.locator(".result a.title[href='/j/somerville-ma']").count()).isEqualTo(1);
    }

    @Test
    void theCitationIsCopied() {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.navigate(url("/m/boston-ma-ban-2020"));
        String citation = page.locator("#citation-text").innerText().strip();
        page.click("button[data-copy=citation-text]");
        page.waitForSelector("button[data-copied=true]");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(citation);
    }

    @Test
    void theHearingsPageOffersItsCalendar() {
        page.navigate(url("/hearings"));
        assertThat(page.locator("a.button-link").getAttribute("href")).isEqualTo("/hearings/calendar.ics");
        assertThat(page.locator("h1").innerText()).isEqualTo("Upcoming hearings");
    }
}
