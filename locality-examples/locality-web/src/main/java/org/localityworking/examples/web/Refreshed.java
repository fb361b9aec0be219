package org.localityworking.examples.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A value made from the store and made again when it is older than the refresh interval (a rendered site, an
 * export). One request makes it at a time; meanwhile the others get the last one made, and only the very first
 * request waits for it.
 *
 * @param <T> the value
 */
final class Refreshed<T> {
    private record Made<T>(Instant at, T value) {
    }

    private final Duration refresh;
    private final Clock clock;
    private final ReentrantLock making = new ReentrantLock();
    private volatile Made<T> current;

    Refreshed(Duration refresh, Clock clock) {
        this.refresh = refresh;
        this.clock = clock;
    }

    private boolean fresh(Made<T> m, Instant now) {
        return m != null && now.isBefore(m.at().plus(refresh));
    }

    /** {@return the value, made by {@code make} (given the time it is made at) when there is none fresh} */
    T get(Function<Instant, T> make) {
        Made<T> m = current;
        if (fresh(m, clock.instant())) {
            return m.value();
        }
        if (m != null && !making.tryLock()) {
            return m.value(); // another request is making it: this one gets the last one made
        }
        if (m == null) {
            making.lock();
        }
        try {
            Instant now = clock.instant();
            if (fresh(current, now)) {
                return current.value();
            }
            current = new Made<>(now, make.apply(now));
            return current.value();
        } finally {
            making.unlock();
        }
    }
}
