package org.localityworking.examples.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import org.localityworking.reporting.site.SitePage;

/**
 * Signing in and out, and the one check in front of every INTERNAL route ({@link #requireSignedIn}). Both forms carry
 * the session's CSRF token and a POST without it, or with another session's, is refused (403) before anything is
 * read or changed. Every value shown on these pages goes through the report site's escaping ({@link SitePage}).
 */
final class SignIn {
    static final String COOKIE = "lw_session";

    private final Accounts accounts;
    private final Sessions sessions;
    private final boolean secureCookies;

    SignIn(Accounts accounts, Sessions sessions, boolean secureCookies) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.secureCookies = secureCookies;
    }

    private void setCookie(Context ctx, String token, boolean clear) {
        ctx.header("Set-Cookie", COOKIE + "=" + (clear ? "" : token) + "; Path=/; HttpOnly; SameSite=Strict"
                + (secureCookies ? "; Secure" : "") + (clear ? "; Max-Age=0" : ""));
    }

    private Optional<Sessions.Session> session(Context ctx) {
        return sessions.find(ctx.cookie(COOKIE));
    }

    /**
     * The before-handler in front of every INTERNAL route: a request whose session is not signed in goes to the
     * sign-in form, and no handler after this one runs for it.
     */
    void requireSignedIn(Context ctx) {
        if (session(ctx).flatMap(Sessions.Session::officer).isEmpty()) {
            ctx.header("Cache-Control", "no-store");
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
        }
    }

    /** GET /sign-in: the form, in a session of its own (so the form has a CSRF token to carry). */
    void form(Context ctx) {
        Sessions.Session s = session(ctx).orElseGet(() -> {
            Sessions.Session started = sessions.start(Optional.empty());
            setCookie(ctx, started.token(), false);
            return started;
        });
        page(ctx, HttpStatus.OK, s, "", "");
    }

    private void page(Context ctx, HttpStatus status, Sessions.Session s, String name, String problem) {
        String content = (problem.isEmpty() ? "" : "<p role=\"alert\"><strong>" + SitePage.escape(problem)
                + "</strong></p>\n")
                + (accounts.any() ? "" : "<p>No officer accounts are set up on this server: the INTERNAL site is"
                        + " closed. Start it with <code>--accounts FILE</code>.</p>\n")
                + "<form method=\"post\" action=\"/sign-in\">\n"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + SitePage.escape(s.csrf()) + "\">\n"
                + "<p><label for=\"name\">User name</label><br><input id=\"name\" name=\"name\" autocomplete=\"username\""
                + " required value=\"" + SitePage.escape(name) + "\"></p>\n"
                + "<p><label for=\"password\">Password</label><br><input id=\"password\" name=\"password\""
                + " type=\"password\" autocomplete=\"current-password\" required></p>\n"
                + "<p><button type=\"submit\">Sign in</button></p>\n</form>\n";
        ctx.status(status).header("Cache-Control", "no-store").contentType("text/html; charset=utf-8")
                .result(SitePage.page("Sign in to the INTERNAL site", "/", content));
    }

    /** {@return whether the form's CSRF token is the session's own; answers 403 when it is not} */
    private boolean csrf(Context ctx, Optional<Sessions.Session> s) {
        String given = ctx.formParam("csrf");
        boolean ok = s.isPresent() && given != null && MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), s.get().csrf().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            ctx.status(HttpStatus.FORBIDDEN).header("Cache-Control", "no-store")
                    .contentType("text/plain; charset=utf-8")
                    .result("Refused: the form did not carry this session's token. Open the form again and resend it.\n");
        }
        return ok;
    }

    /** POST /sign-in: the CSRF token, then the attempts so far, then the name and password. */
    void signIn(Context ctx) {
        Optional<Sessions.Session> s = session(ctx);
        if (!csrf(ctx, s)) {
            return;
        }
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Optional<Duration> closed = sessions.closedFor(name, ctx.ip());
        if (closed.isPresent()) {
            long seconds = Math.max(1, closed.get().toSeconds());
            ctx.header("Retry-After", Long.toString(seconds));
            page(ctx, HttpStatus.TOO_MANY_REQUESTS, s.get(), name, "Too many attempts to sign in: try again later.");
            return;
        }
        Optional<String> officer = accounts.check(name, password);
        if (officer.isEmpty()) {
            sessions.failed(name, ctx.ip());
            page(ctx, HttpStatus.UNAUTHORIZED, s.get(), name, "The user name or the password is not right.");
            return;
        }
        sessions.end(s.get().token()); // a new session on signing in: a token seen before it is worth nothing
        Sessions.Session signedIn = sessions.start(officer);
        setCookie(ctx, signedIn.token(), false);
        ctx.header("Cache-Control", "no-store");
        ctx.redirect("/internal/", HttpStatus.SEE_OTHER);
    }

    /** GET /sign-out: a form to sign out (signing out changes state, so it is a POST with the token). */
    void signOutForm(Context ctx) {
        Optional<Sessions.Session> s = session(ctx);
        if (s.flatMap(Sessions.Session::officer).isEmpty()) {
            ctx.header("Cache-Control", "no-store");
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        String content = "<p>Signed in as <strong>" + SitePage.escape(s.get().officer().orElseThrow()) + "</strong>.</p>\n"
                + "<form method=\"post\" action=\"/sign-out\">\n<input type=\"hidden\" name=\"csrf\" value=\""
                + SitePage.escape(s.get().csrf()) + "\">\n<p><button type=\"submit\">Sign out</button></p>\n</form>\n"
                + "<p><a href=\"/internal/\">Back to the INTERNAL site</a></p>\n";
        ctx.header("Cache-Control", "no-store").contentType("text/html; charset=utf-8")
                .result(SitePage.page("Sign out", "/", content));
    }

    /** POST /sign-out: with the session's token, the session ends. */
    void signOut(Context ctx) {
        Optional<Sessions.Session> s = session(ctx);
        if (!csrf(ctx, s)) {
            return;
        }
        sessions.end(s.get().token());
        setCookie(ctx, "", true);
        ctx.header("Cache-Control", "no-store");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }
}
