package org.localityworking.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localityworking.core.model.AcvDecision;
import org.localityworking.core.model.AcvListing;
import org.localityworking.core.model.AcvOutcome;
import org.localityworking.core.model.AcvPeriods;

/**
 * Assets of Community Value (Localism Act 2011): a decision within 8 weeks of nomination, listing for 5
 * years, a 6-week interim moratorium, a 6-month full moratorium and an 18-month protected period from
 * the owner's notice. Each deadline is the last day of a period that begins on its start day.
 */
class AcvDeadlinesTest {
    private static final LocalDate NOMINATED = LocalDate.of(2024, 1, 1);
    private static final LocalDate DECIDED = LocalDate.of(2024, 2, 20);
    private static final LocalDate NOTICE = LocalDate.of(2025, 3, 3);

    private static AcvListing listed(Optional<LocalDate> notice, Optional<LocalDate> bid) {
        return new AcvListing("friends-of-the-park", NOMINATED,
                Optional.of(new AcvDecision(AcvOutcome.LISTED, DECIDED)), notice, bid);
    }

    @Test
    void anUndecidedNominationIsDueEightWeeksOn() {
        AcvDeadlines d = AcvDeadlines.of(AcvListing.nominated("friends-of-the-park", NOMINATED), AcvPeriods.ENGLAND);
        assertEquals(LocalDate.of(2024, 2, 25), d.decisionDue(), "56 days beginning with 1 January");
        assertEquals(Optional.empty(), d.listingEnds());
        assertEquals(Optional.empty(), d.interimMoratoriumEnds());
    }

    @Test
    void aListingLastsFiveYearsFromTheDecision() {
        AcvDeadlines d = AcvDeadlines.of(listed(Optional.empty(), Optional.empty()), AcvPeriods.ENGLAND);
        assertEquals(Optional.of(LocalDate.of(2029, 2, 19)), d.listingEnds());
    }

    @Test
    void anUnsuccessfulNominationHasNoListing() {
        AcvListing refused = new AcvListing("friends-of-the-park", NOMINATED,
                Optional.of(new AcvDecision(AcvOutcome.UNSUCCESSFUL, DECIDED)), Optional.empty(), Optional.empty());
        assertEquals(Optional.empty(), AcvDeadlines.of(refused, AcvPeriods.ENGLAND).listingEnds());
    }

    @Test
    void aNoticeStartsTheMoratoriaAndTheProtectedPeriod() {
        AcvDeadlines d = AcvDeadlines.of(listed(Optional.of(NOTICE), Optional.of(LocalDate.of(2025, 3, 20))),
                AcvPeriods.ENGLAND);
        assertEquals(Optional.of(LocalDate.of(2025, 4, 13)), d.interimMoratoriumEnds(), "6 weeks");
        assertEquals(Optional.of(LocalDate.of(2025, 9, 2)), d.fullMoratoriumEnds(), "6 months");
        assertEquals(Optional.of(LocalDate.of(2026, 9, 2)), d.protectedPeriodEnds(), "18 months");
    }

    @Test
    void aBidRequestOnTheLastDayOfTheInterimMoratoriumStillCounts() {
        AcvDeadlines d = AcvDeadlines.of(listed(Optional.of(NOTICE), Optional.of(LocalDate.of(2025, 4, 13))),
                AcvPeriods.ENGLAND);
        assertEquals(Optional.of(LocalDate.of(2025, 9, 2)), d.fullMoratoriumEnds());
    }

    @Test
    void aBidRequestAfterTheInterimMoratoriumGivesNoFullMoratorium() {
        AcvDeadlines d = AcvDeadlines.of(listed(Optional.of(NOTICE), Optional.of(LocalDate.of(2025, 4, 14))),
                AcvPeriods.ENGLAND);
        assertEquals(Optional.empty(), d.fullMoratoriumEnds());
        assertEquals(Optional.of(LocalDate.of(2026, 9, 2)), d.protectedPeriodEnds());
    }

    @Test
    void upcomingListsOnlyDeadlinesInTheWindowSoonestFirst() {
        AcvDeadlines d = AcvDeadlines.of(listed(Optional.of(NOTICE), Optional.of(LocalDate.of(2025, 3, 20))),
                AcvPeriods.ENGLAND);
        List<AcvDeadlines.Deadline> upcoming = d.upcoming(LocalDate.of(2025, 4, 1), Period.ofMonths(6));
        assertEquals(List.of("interim moratorium ends", "full moratorium ends"),
                upcoming.stream().map(AcvDeadlines.Deadline::name).toList());
    }

    @Test
    void anotherCouncilsPeriodsComeFromItsConfiguration() {
        AcvPeriods other = new AcvPeriods(Period.ofWeeks(4), Period.ofYears(3), Period.ofWeeks(6), Period.ofMonths(6),
                Period.ofMonths(18));
        AcvDeadlines d = AcvDeadlines.of(AcvListing.nominated("friends-of-the-park", NOMINATED), other);
        assertEquals(LocalDate.of(2024, 1, 28), d.decisionDue());
    }
}
