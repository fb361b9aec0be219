package org.localityworking.core.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.model.AcvListing;
import org.localityworking.core.model.AcvPeriods;

/**
 * The deadlines that follow from an Asset of Community Value's dates. Each period begins with the day
 * of the event that starts it, so each deadline is the <em>last day</em> of its period: start + period
 * - 1 day. With the periods of {@link AcvPeriods#ENGLAND}:
 * <ul>
 *   <li>the nomination is decided by 8 weeks from its receipt;</li>
 *   <li>a listing lasts 5 years from the decision;</li>
 *   <li>after the owner's notice to sell: a 6-week interim moratorium; a 6-month full moratorium if a
 *       community group asks to bid within the interim moratorium; an 18-month protected period.</li>
 * </ul>
 *
 * @param decisionDue           last day to decide the nomination
 * @param listingEnds           last day of the listing, if listed
 * @param interimMoratoriumEnds last day of the interim moratorium, after a notice
 * @param fullMoratoriumEnds    last day of the full moratorium, after a bid request made in time
 * @param protectedPeriodEnds   last day of the protected period, after a notice
 */
@API(status = STABLE, since = "1.0")
public record AcvDeadlines(LocalDate decisionDue, Optional<LocalDate> listingEnds,
                           Optional<LocalDate> interimMoratoriumEnds, Optional<LocalDate> fullMoratoriumEnds,
                           Optional<LocalDate> protectedPeriodEnds) {

    /** {@return the deadlines for the listing under the periods given} */
    public static AcvDeadlines of(AcvListing listing, AcvPeriods periods) {
        LocalDate decisionDue = lastDay(listing.nominatedOn(), periods.decisionWithin());
        Optional<LocalDate> listingEnds = listing.isListed()
                ? Optional.of(lastDay(listing.decision().orElseThrow().decidedOn(), periods.listingLasts()))
                : Optional.empty();
        Optional<LocalDate> interim = listing.ownerNoticeOn().map(n -> lastDay(n, periods.interimMoratorium()));
        Optional<LocalDate> full = Optional.empty();
        if (listing.bidRequestOn().isPresent() && interim.isPresent()
                && !listing.bidRequestOn().get().isAfter(interim.get())) {
            full = Optional.of(lastDay(listing.ownerNoticeOn().orElseThrow(), periods.fullMoratorium()));
        }
        Optional<LocalDate> protectedEnds = listing.ownerNoticeOn().map(n -> lastDay(n, periods.protectedPeriod()));
        return new AcvDeadlines(decisionDue, listingEnds, interim, full, protectedEnds);
    }

    private static LocalDate lastDay(LocalDate start, Period period) {
        return start.plus(period).minusDays(1);
    }

    /**
     * A named deadline.
     *
     * @param name what ends
     * @param date its last day
     */
    public record Deadline(String name, LocalDate date) {
    }

    /** {@return every deadline, soonest first} */
    public List<Deadline> all() {
        List<Deadline> list = new ArrayList<>();
        list.add(new Deadline("decision due", decisionDue));
        listingEnds.ifPresent(d -> list.add(new Deadline("listing ends", d)));
        interimMoratoriumEnds.ifPresent(d -> list.add(new Deadline("interim moratorium ends", d)));
        fullMoratoriumEnds.ifPresent(d -> list.add(new Deadline("full moratorium ends", d)));
        protectedPeriodEnds.ifPresent(d -> list.add(new Deadline("protected period ends", d)));
        list.sort(Comparator.comparing(Deadline::date));
        return List.copyOf(list);
    }

    /** {@return the deadlines falling from {@code from} up to and including {@code from + within}, soonest first} */
    public List<Deadline> upcoming(LocalDate from, Period within) {
        LocalDate until = from.plus(within);
        return all().stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(until)).toList();
    }
}
