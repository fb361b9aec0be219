package org.localityworking.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web app in a real browser (Debian's chromium through its chromium-driver, headless), by keyboard alone: an
 * officer tabs to the sign-in form, signs in, reads an INTERNAL page, tabs to the sign-out button and signs out, and
 * the INTERNAL site is closed again. axe-core finds no serious or critical violation on any page the app makes or
 * serves (the sign-in form, a refused sign-in, the sign-out form, the PUBLIC and INTERNAL home and front pages).
 * Without the driver it is skipped (under {@code CI=true} it fails: {@code .ci/run} installs it).
 */
class WebInBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";
    @TempDir
    static Path dir;
    private static LocalityStore store;
    private static LocalityWeb web;
    private static WebDriver browser;
    private static String axe;

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> driver = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver").stream().map(Path::of)
                .filter(Files::isExecutable).findFirst();
        if (driver.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true: no chromedriver (apt-get install chromium-driver; .ci/run does)");
            }
            assumeTrue(false, "no chromedriver on this machine (apt-get install chromium-driver)");
        }
        try (InputStream in = WebInBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            assertNotNull(in, "axe.min.js from Deque's jar");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        store = Stores.open("memory:");
        ExampleData.both().forEach(d -> d.loadInto(store));
        Path accounts = dir.resolve("accounts.properties");
        Files.writeString(accounts, Accounts.line("officer", PASSWORD.toCharArray()) + "\n");
        web = LocalityWeb.start(store, new LocalityWeb.Settings(0, "127.0.0.1", Duration.ofMinutes(10),
                Optional.of(LocalDate.of(2016, 3, 1)), Clock.system(ZoneId.of("Europe/London")), Accounts.read(accounts),
                false));
        ChromeOptions options = new ChromeOptions().addArguments("--headless=new", "--no-sandbox",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + dir.resolve("profile"));
        options.setBinary("/usr/bin/chromium");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build(), options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
            store.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + web.port() + path;
    }

    /** Presses Tab until the element has the focus; {@return how many presses it took} */
    private static int tabTo(WebElement target) {
        for (int presses = 1; presses <= 60; presses++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            if (browser.switchTo().activeElement().equals(target)) {
                return presses;
            }
        }
        throw new AssertionError("the keyboard never reaches " + target + " on " + browser.getCurrentUrl());
    }

    /** Waits (up to 15 s) for the browser to get somewhere: a key press that submits a form does not wait for it. */
    private static void waitFor(String what, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 15 s for " + what + "; the browser is at " + browser.getCurrentUrl());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** {@return axe-core's serious and critical violations on the page now open} */
    @SuppressWarnings("unchecked")
    private static List<String> seriousViolations() {
        Object result = ((JavascriptExecutor) browser).executeAsyncScript(axe + "\nvar done = arguments[arguments.length - 1];"
                + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                + " 'wcag22aa']}}).then(function (r) { done(r.violations.filter(function (v) { return v.impact === 'serious'"
                + " || v.impact === 'critical'; }).map(function (v) { return v.id + ': ' + v.help + ' (' + v.nodes.length"
                + " + ')'; })); }, function (e) { done(['axe failed: ' + e]); });");
        return new ArrayList<>((List<String>) result);
    }

    /**
     * Saves what the browser shows under {@code target/chromium}; with {@code -Dscreenshots.update=true} also into
     * {@code docs/images}, where the documentation shows it.
     */
    private static void screenshot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Path out = Files.createDirectories(Path.of("target", "chromium")).resolve(name);
        Files.write(out, png);
        if (Boolean.getBoolean("screenshots.update")) {
            Files.copy(out, Path.of("..", "..", "docs", "images", name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void assertAccessible(String what) {
        assertEquals(List.of(), seriousViolations(), what + " (" + browser.getCurrentUrl() + ")");
    }

    @Test
    void theFormsFitAPhoneWithoutScrollingSideways() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String path : List.of("/sign-in", "/")) {
                browser.get(url(path));
                Object fits = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth <= window.innerWidth;");
                assertEquals(true, fits, path + " scrolls sideways at 390 px");
            }
            browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html><body><div style='width:700px'>x</div></body></html>");
            assertEquals(false, ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"), "the measure catches a wide page");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void theAccessibilityCheckCatchesAFormFieldWithoutALabel() {
        browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><title>t</title><main><form>"
                + "<input name=x></form></main></html>");
        List<String> found = seriousViolations();
        assertTrue(found.stream().anyMatch(v -> v.startsWith("label:")), "axe-core runs and finds it: " + found);
    }

    @Test
    void anOfficerSignsInReadsAnInternalPageAndSignsOutByKeyboardAlone() throws IOException {
        browser.get(url("/"));
        assertAccessible("the PUBLIC home page");
        browser.get(url("/trafford/index.html"));
        assertAccessible("a PUBLIC front page");

        browser.get(url("/internal/"));
        assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), "sent to sign in: " + browser.getCurrentUrl());
        assertAccessible("the sign-in form");
        assertEquals("Sign in to the INTERNAL site", browser.findElement(org.openqa.selenium.By.tagName("h1")).getText(),
                "the page's title is its heading");
        screenshot("web-sign-in.png");

        // a wrong password first: the form says so, and is still usable by keyboard
        tabTo(browser.findElement(org.openqa.selenium.By.id("name")));
        browser.switchTo().activeElement().sendKeys("officer");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys("not the password" + Keys.ENTER);
        waitFor("the refusal", () -> browser.getPageSource().contains("The user name or the password is not right."));
        assertAccessible("a refused sign-in");

        WebElement password = browser.findElement(org.openqa.selenium.By.id("password"));
        tabTo(password);
        password.sendKeys(PASSWORD + Keys.ENTER);
        waitFor("the INTERNAL site", () -> browser.getCurrentUrl().equals(url("/internal/")));
        assertAccessible("the INTERNAL home page");
        browser.get(url("/internal/trafford/index.html"));
        assertAccessible("an INTERNAL front page");
        browser.get(url("/internal/trafford/sale/asset-map.html"));
        assertTrue(browser.getPageSource().contains("not for publication"), "an INTERNAL report");
        assertAccessible("an INTERNAL report");
        screenshot("web-internal-report.png");

        browser.get(url("/sign-out"));
        assertAccessible("the sign-out form");
        WebElement signOut = browser.findElement(org.openqa.selenium.By.cssSelector("form[action='/sign-out'] button"));
        tabTo(signOut);
        signOut.sendKeys(Keys.ENTER);
        waitFor("the home page after signing out", () -> browser.getCurrentUrl().equals(url("/")));
        browser.get(url("/internal/trafford/index.html"));
        assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), "closed again after signing out");
    }
}
