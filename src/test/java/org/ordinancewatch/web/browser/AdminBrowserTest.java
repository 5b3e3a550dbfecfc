package org.ordinancewatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.access.AppUser;
import org.ordinancewatch.testing.Accounts;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Signing in, adding a curator and signing out in a real browser, under the real security headers. */
@QuarkusTest
class AdminBrowserTest {

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() throws Exception {
        assertThat(BrowserTest.CHROMIUM).as("Chromium is installed (apt-get install chromium)").exists();
        Files.createDirectories(BrowserTest.SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(BrowserTest.CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void anAdminSignsInAddsACuratorAndSignsOut() {
        String admin = Accounts.ensure("browser-admin", AppUser.ADMIN);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<String> console = new ArrayList<>();
            page.onConsoleMessage(m -> console.add(m.text()));

            page.navigate(url("/admin/users"));
            assertThat(page.url()).endsWith("/login");
            page.fill("input[name=j_username]", admin);
            page.fill("input[name=j_password]", "not the password");
            page.click(".login-form button[type=submit]");
            page.waitForURL("**/login?error=1");
            assertThat(page.textContent(".form-error")).contains("Wrong user name or password");

            page.fill("input[name=j_username]", admin);
            page.fill("input[name=j_password]", Accounts.PASSWORD);
            page.click(".login-form button[type=submit]");
            page.waitForURL("**/admin/users");
            page.fill("form[action='/admin/users'] input[name=username]", "browser-curator");
            page.fill("form[action='/admin/users'] input[name=password]", "a curator's passphrase");
            page.click("form[action='/admin/users'] button[type=submit]");
            page.waitForURL("**/admin/users?notice=added");
            assertThat(page.textContent(".notice")).isEqualTo("Curator added.");
            assertThat(page.locator("table.users td", new Page.LocatorOptions().setHasText("browser-curator")).count())
                    .isEqualTo(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SHOTS.resolve("admin-users.png")));

            page.navigate(url("/admin/audit"));
            assertThat(page.textContent("table.audit tbody")).contains("user.create").contains("browser-curator");

            page.click(".admin-nav button[type=submit]");
            page.waitForURL("**/login");
            page.navigate(url("/admin"));
            assertThat(page.url()).endsWith("/login");
            assertThat(console).noneMatch(m -> m.contains("Content Security Policy"));
        }
    }

    /** A scraped measure as the pipeline leaves it: public, marked automatic, waiting in the queue. */
    private static long detectedMeasure(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> {
            org.ordinancewatch.model.Measure m = new org.ordinancewatch.model.Measure();
            m.slug = slug;
            m.jurisdiction = org.ordinancewatch.model.Jurisdiction.findBySlug("oakland-ca").orElseThrow();
            m.identifier = "26-0417";
            m.title = "Ordinance prohibiting face recognition in city parks";
            m.kind = org.ordinancewatch.model.MeasureKind.BAN;
            m.status = org.ordinancewatch.model.Status.PROPOSED;
            m.origin = org.ordinancewatch.model.Measure.Origin.SCRAPED;
            m.reviewState = org.ordinancewatch.model.ReviewState.UNREVIEWED;
            m.createdAt = java.time.Instant.now();
            m.updatedAt = m.createdAt;
            m.persist();
            return m.id;
        });
    }

    @Test
    void aCuratorConfirmsADetectionAndCorrectsIt() {
        String curator = Accounts.ensure("browser-reviewer", AppUser.CURATOR);
        String slug = "oakland-ca-browser-review-test";
        long id = detectedMeasure(slug);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<String> console = new ArrayList<>();
            page.onConsoleMessage(m -> console.add(m.text()));
            page.navigate(url("/admin/review"));
            page.fill("input[name=j_username]", curator);
            page.fill("input[name=j_password]", Accounts.PASSWORD);
            page.click(".login-form button[type=submit]");
            page.waitForURL("**/admin/review");
            assertThat(page.textContent("#measure-" + id + " h3")).contains("city parks");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SHOTS.resolve("admin-review.png")).setFullPage(true));
            page.click("form[action='/admin/review/measures/" + id + "/confirm'] button");
            page.waitForURL("**/admin/review?notice=confirmed");
            assertThat(page.locator("#measure-" + id).count()).isZero();

            page.navigate(url("/admin/m/" + slug));
            page.selectOption("select[name=status]", "passed");
            page.fill("input[name=statusOn]", "2026-11-18");
            page.fill("input[name=sourceLabel]", "Oakland City Council minutes");
            page.click(".correction-form button[type=submit]");
            page.waitForURL("**/admin/m/" + slug);
            assertThat(page.textContent("label:has(textarea[name=reason]) .field-error")).contains("Say why");
            assertThat(page.inputValue("input[name=statusOn]")).isEqualTo("2026-11-18");
            page.fill("textarea[name=reason]", "Passed on second reading");
            page.click(".correction-form button[type=submit]");
            page.waitForURL("**/admin/m/" + slug + "?notice=saved");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SHOTS.resolve("admin-correction.png")).setFullPage(true));

            page.navigate(url("/m/" + slug));
            assertThat(page.textContent(".status-line")).contains("Passed");
            assertThat(page.textContent(".timeline li:last-child")).contains("Corrected by a curator")
                    .contains("Passed on second reading");
            assertThat(console).noneMatch(m -> m.contains("Content Security Policy"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> org.ordinancewatch.model.Measure.delete("slug", slug));
        }
    }
}
