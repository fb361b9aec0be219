package org.localityworking.examples.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.storage.LocalityStore;

/**
 * The report site of every council in a store, for one audience, rendered by the library ({@link ReportSite#render()}) and
 * rendered again when it is older than the refresh interval, so what is served is the store as it is now (within
 * the interval; {@link Refreshed}: one request renders at a time, meanwhile the others are served the last render). The audience is
 * fixed when the site is made: the app makes a PUBLIC one for anyone and an INTERNAL one that only {@link SignIn}
 * lets a request reach.
 */
final class LiveSite {
    private final LocalityStore store;
    private final Audience audience;
    private final Clock clock;
    private final Optional<LocalDate> asOf;
    private final Refreshed<Map<String, byte[]>> pages;

    /**
     * @param store   the store, open for as long as the site is served
     * @param audience whose site: PUBLIC for anyone, INTERNAL only behind sign-in
     * @param refresh how old a render may be before a request renders the site again
     * @param clock   the time pages say they were generated at, and today's date where no as-of date is given
     * @param asOf    the day the reports describe; empty for today, in the clock's zone
     */
    LiveSite(LocalityStore store, Audience audience, Duration refresh, Clock clock, Optional<LocalDate> asOf) {
        this.store = store;
        this.audience = audience;
        this.clock = clock;
        this.asOf = asOf;
        this.pages = new Refreshed<>(refresh, clock);
    }

    /** {@return the page or file at the path from the site's root ({@code index.html}, {@code trafford/sale/...})} */
    Optional<byte[]> page(String path) {
        return Optional.ofNullable(pages.get(now -> ReportSite.builder().store(store).audience(audience)
                .asOf(asOf.orElseGet(() -> LocalDate.now(clock))).generatedAt(now)
                .formats(List.of("html", "markdown")).build().render()).get(path));
    }
}
