package org.localityworking.examples.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions held by the server, each known by a random token in an HttpOnly, SameSite=Strict cookie, with its own
 * CSRF token for the forms it is shown. A session ends when it has been idle for 30 minutes, 8 hours after it began,
 * or when its officer signs out; signing in always starts a new one. Failed sign-ins are counted per name and per
 * address: five within 15 minutes close sign-in for that name (twenty for an address, whatever the names) until the oldest of
 * them is 15 minutes old.
 */
final class Sessions {
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration LONGEST = Duration.ofHours(8);
    static final int ATTEMPTS = 5;
    /** Failed sign-ins from one address, whatever the names, before sign-in closes for it. */
    static final int ADDRESS_ATTEMPTS = 20;
    static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A session: its officer once signed in, its CSRF token, when it began and when it was last used. */
    record Session(String token, Optional<String> officer, String csrf, Instant began, Instant lastUsed) {
    }

    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    Sessions(Clock clock) {
        this.clock = clock;
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@return a new session, signed in when an officer is given} */
    Session start(Optional<String> officer) {
        Instant now = clock.instant();
        if (sessions.size() > 10_000) { // visitors who never signed in: their sessions go when they end
            sessions.values().removeIf(x -> !now.isBefore(x.lastUsed().plus(IDLE)) || !now.isBefore(x.began().plus(LONGEST)));
        }
        Session s = new Session(token(), officer, token(), now, now);
        sessions.put(s.token(), s);
        return s;
    }

    /** {@return the live session the token names, marked as used now; empty when it has ended} */
    Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // one atomic step: a session ended (signed out, expired) meanwhile is never put back by a request in flight
        return Optional.ofNullable(sessions.computeIfPresent(token, (k, s) ->
                !now.isBefore(s.lastUsed().plus(IDLE)) || !now.isBefore(s.began().plus(LONGEST)) ? null
                        : new Session(s.token(), s.officer(), s.csrf(), s.began(), now)));
    }

    /** Ends the session. */
    void end(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** {@return how long until sign-in opens again for the name or the address, empty when it is open now} */
    Optional<Duration> closedFor(String name, String address) {
        Instant now = clock.instant();
        Instant until = null;
        for (String key : new String[] {"name:" + name, "address:" + address}) {
            int limit = key.startsWith("name:") ? ATTEMPTS : ADDRESS_ATTEMPTS;
            Deque<Instant> times = failures.get(key);
            if (times == null) {
                continue;
            }
            synchronized (times) {
                while (!times.isEmpty() && !now.isBefore(times.peekFirst().plus(ATTEMPT_WINDOW))) {
                    times.pollFirst();
                }
                if (times.size() >= limit) {
                    Instant open = times.peekFirst().plus(ATTEMPT_WINDOW);
                    until = until == null || open.isAfter(until) ? open : until;
                }
            }
        }
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** Counts a failed sign-in against the name and the address. */
    void failed(String name, String address) {
        String[] keys = {"name:" + name, "address:" + address};
        Instant now = clock.instant();
        if (failures.size() > 10_000) {
            failures.values().removeIf(d -> {
                synchronized (d) {
                    return d.isEmpty() || !now.isBefore(d.peekLast().plus(ATTEMPT_WINDOW));
                }
            });
        }
        for (String key : keys) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
        }
    }
}
