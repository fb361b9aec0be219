package org.localityworking.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.ValidationException;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;

/**
 * The INTERNAL site is reachable only after signing in: every one of its pages, tried without a session, with a
 * session that never signed in, after signing out and after the session expired, is a redirect to the sign-in form
 * holding nothing of the page. A form without its session's CSRF token is refused and changes nothing. Failed
 * sign-ins close sign-in for that name after five. The accounts file holds hashes, never passwords.
 */
class SignInTest {
    private static final LocalDate AS_OF = LocalDate.of(2016, 3, 1);
    private static final String PASSWORD = "correct horse battery staple";

    /** A clock the test moves on. */
    static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2016-03-01T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @TempDir
    static Path dir;
    private static final MovingClock CLOCK = new MovingClock();
    private static LocalityStore store;
    private static LocalityWeb web;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws IOException {
        store = Stores.open("memory:");
        ExampleData.both().forEach(d -> d.loadInto(store));
        Path accounts = dir.resolve("accounts.properties");
        Files.writeString(accounts, "# officers\n" + Accounts.line("officer", PASSWORD.toCharArray()) + "\n"
                + Accounts.line("analyst", "another long password".toCharArray()) + "\n");
        web = LocalityWeb.start(store, new LocalityWeb.Settings(0, "127.0.0.1", Duration.ofMinutes(10),
                Optional.of(AS_OF), CLOCK, Accounts.read(accounts), false));
    }

    @AfterAll
    static void stop() {
        web.close();
        store.close();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + web.port() + path);
    }

    private static HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (cookie != null) {
            b.header("Cookie", SignIn.COOKIE + "=" + cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String cookie, Map<String, String> form)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (cookie != null) {
            b.header("Cookie", SignIn.COOKIE + "=" + cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> r) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            Matcher m = Pattern.compile(SignIn.COOKIE + "=([^;]*);").matcher(c);
            if (m.find()) {
                assertTrue(c.contains("HttpOnly") && c.contains("SameSite=Strict"), c);
                return m.group(1);
            }
        }
        throw new AssertionError("no session cookie: " + r.headers());
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "the form carries its token: " + page);
        return m.group(1);
    }

    /** {@return a signed-in session's cookie and CSRF token} */
    private static String[] signIn(String name, String password) throws Exception {
        HttpResponse<String> form = get("/sign-in", null);
        assertEquals(200, form.statusCode());
        assertEquals(Optional.of("no-store"), form.headers().firstValue("Cache-Control"));
        String before = cookie(form);
        HttpResponse<String> r = post("/sign-in", before, Map.of("csrf", csrf(form.body()), "name", name,
                "password", password));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(Optional.of("/internal/"), r.headers().firstValue("Location"));
        String after = cookie(r);
        assertNotEquals(before, after, "signing in starts a new session");
        assertEquals(303, get("/internal/", before).statusCode(), "the session before signing in is over");
        HttpResponse<String> out = get("/sign-out", after);
        return new String[] {after, csrf(out.body())};
    }

    private static void assertSentToSignIn(HttpResponse<String> r, String what) {
        assertEquals(303, r.statusCode(), what);
        assertEquals(Optional.of("/sign-in"), r.headers().firstValue("Location"), what);
        assertFalse(r.body().contains("not for publication") || r.body().contains("<html"), what + ": " + r.body());
    }

    @Test
    void noInternalPageIsReachableWithoutSigningIn() throws Exception {
        Map<String, byte[]> internal = ReportSite.builder().store(store).audience(Audience.INTERNAL).asOf(AS_OF)
                .generatedAt(CLOCK.instant()).formats(List.of("html", "markdown")).build().render();
        String visitor = cookie(get("/sign-in", null)); // a session that never signed in
        for (String path : internal.keySet()) {
            assertSentToSignIn(get("/internal/" + path, null), path);
            assertSentToSignIn(get("/internal/" + path, visitor), path + " (a visitor's session)");
            assertSentToSignIn(get("/internal/" + path, "forged-token"), path + " (a made-up token)");
        }
        assertSentToSignIn(get("/internal/", null), "/internal/");
        assertEquals(303, get("/internal", null).statusCode());
        // and the PUBLIC site holds none of the INTERNAL pages' marks
        assertFalse(get("/trafford/index.html", null).body().contains("not for publication"));
    }

    @Test
    void signInReadAnInternalPageSignOut() throws Exception {
        String[] session = signIn("officer", PASSWORD);
        HttpResponse<String> page = get("/internal/trafford/sale/asset-map.html", session[0]);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("not for publication"), "the INTERNAL page");
        assertEquals(Optional.of("no-store"), page.headers().firstValue("Cache-Control"), "INTERNAL pages are never cached");
        assertEquals(200, get("/internal/", session[0]).statusCode());
        // signing out without the token is refused, and the session goes on
        assertEquals(403, post("/sign-out", session[0], Map.of()).statusCode());
        assertEquals(403, post("/sign-out", session[0], Map.of("csrf", "not-the-token")).statusCode());
        assertEquals(200, get("/internal/", session[0]).statusCode());
        HttpResponse<String> out = post("/sign-out", session[0], Map.of("csrf", session[1]));
        assertEquals(303, out.statusCode());
        assertTrue(out.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("Max-Age=0")));
        assertSentToSignIn(get("/internal/trafford/sale/asset-map.html", session[0]), "after signing out");
    }

    @Test
    void aSignInFormWithoutItsTokenIsRefusedAndSignsNobodyIn() throws Exception {
        HttpResponse<String> form = get("/sign-in", null);
        String visitor = cookie(form);
        HttpResponse<String> none = post("/sign-in", visitor, Map.of("name", "officer", "password", PASSWORD));
        assertEquals(403, none.statusCode());
        assertTrue(none.headers().allValues("Set-Cookie").isEmpty(), "no session was started");
        String other = csrf(get("/sign-in", null).body()); // another session's token
        assertEquals(403, post("/sign-in", visitor, Map.of("csrf", other, "name", "officer", "password", PASSWORD))
                .statusCode());
        assertEquals(403, post("/sign-in", null, Map.of("csrf", csrf(form.body()), "name", "officer", "password",
                PASSWORD)).statusCode(), "the token without its session's cookie");
    }

    @Test
    void aWrongPasswordSaysSoAndFiveCloseSignInForThatName() throws Exception {
        HttpResponse<String> form = get("/sign-in", null);
        String visitor = cookie(form);
        String token = csrf(form.body());
        String hostile = "analyst<script>alert(1)</script>";
        HttpResponse<String> wrong = post("/sign-in", visitor, Map.of("csrf", token, "name", hostile, "password", "x"));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("The user name or the password is not right."));
        assertFalse(wrong.body().contains("<script>"), "the name shown back is escaped");
        for (int i = 0; i < Sessions.ATTEMPTS; i++) {
            assertEquals(401, post("/sign-in", visitor, Map.of("csrf", token, "name", "analyst", "password",
                    "wrong " + i)).statusCode());
        }
        HttpResponse<String> closed = post("/sign-in", visitor, Map.of("csrf", token, "name", "analyst", "password",
                "another long password"));
        assertEquals(429, closed.statusCode(), "closed, even with the right password");
        assertTrue(closed.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void aSessionEndsWhenIdleAndAfterEightHours() throws Exception {
        String[] idle = signIn("officer", PASSWORD);
        CLOCK.advance(Sessions.IDLE.minusMinutes(1));
        assertEquals(200, get("/internal/", idle[0]).statusCode(), "used within the idle time");
        CLOCK.advance(Sessions.IDLE);
        assertSentToSignIn(get("/internal/", idle[0]), "idle for longer than " + Sessions.IDLE);
        String[] busy = signIn("officer", PASSWORD);
        for (Duration used = Duration.ZERO; used.compareTo(Sessions.LONGEST) < 0; used = used.plusMinutes(20)) {
            assertEquals(200, get("/internal/", busy[0]).statusCode(), "in use after " + used);
            CLOCK.advance(Duration.ofMinutes(20));
        }
        assertSentToSignIn(get("/internal/", busy[0]), "after " + Sessions.LONGEST);
    }

    @Test
    void theAccountsFileHoldsHashesNeverPasswords() throws IOException {
        String line = Accounts.line("officer", PASSWORD.toCharArray());
        assertTrue(line.startsWith("user.officer=$2") && !line.contains(PASSWORD), line);
        Path plain = dir.resolve("plain.properties");
        Files.writeString(plain, "user.officer=" + PASSWORD + "\n");
        ValidationException e = assertThrows(ValidationException.class, () -> Accounts.read(plain));
        assertTrue(e.getMessage().contains("must be a bcrypt hash") && !e.getMessage().contains(PASSWORD), e.getMessage());
        assertThrows(ValidationException.class, () -> Accounts.line("officer", "short".toCharArray()));
    }
}
