package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Currency;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * An amount of money in minor units (pence for GBP), never negative.
 *
 * @param minorUnits the amount in the currency's minor units
 * @param currency   the currency
 */
@API(status = STABLE, since = "1.0")
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {
    private static final Currency GBP = Currency.getInstance("GBP");

    public Money {
        Checks.atLeast("Money.minorUnits", minorUnits, 0L);
        Checks.present("Money.currency", currency);
    }

    /** An amount in whole pounds sterling. */
    public static Money pounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100L), GBP);
    }

    /** An amount in pence. */
    public static Money pence(long pence) {
        return new Money(pence, GBP);
    }

    /** {@return the amount in major units (for example pounds), exactly} */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, Math.max(0, currency.getDefaultFractionDigits()));
    }

    /** {@return the sum; both amounts must be in the same currency} */
    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    /** Compares amounts of the same currency. */
    @Override
    public int compareTo(Money other) {
        sameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new ValidationException("Money.currency", other.currency.getCurrencyCode(),
                    "must be " + currency.getCurrencyCode() + " to combine with " + this);
        }
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount().toPlainString();
    }
}
