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
}
