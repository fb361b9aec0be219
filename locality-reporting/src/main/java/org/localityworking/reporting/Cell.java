package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;
import org.localityworking.core.model.Money;

/**
 * One cell of a {@link Table}, typed, so that each format decides how to present it: HTML and Markdown write
 * {@link #display()} (the one en-GB style of every report: {@code 1,463}, {@code £3,600.00},
 * {@code 1 March 2016}); CSV and JSON carry the value itself ({@code 1463}, {@code 3600.00}, {@code 2016-03-01}),
 * so a spreadsheet or a program reads numbers as numbers.
 */
@API(status = STABLE, since = "1.0")
public sealed interface Cell permits Cell.Text, Cell.Count, Cell.Decimal, Cell.Amount, Cell.Date, Cell.Link {

    /** The one en-GB date style of every report: {@code 1 March 2016}. */
    DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** {@return the cell as a reader sees it, in the en-GB style} */
    String display();

    /** {@return the value itself as text, for formats that carry values (CSV): no grouping, ISO dates} */
    String raw();

    /**
     * {@return the cell of that type (an enum value in words, {@code LEAD_LOCALITY_OFFICER} as "Lead locality
     *         officer"; anything else as text, by its {@code toString})}
     *
     * @param value text, a whole number ({@code Integer}, {@code Long}), a decimal ({@code BigDecimal},
     *              {@code Double}), {@link Money}, a {@link LocalDate}, an enum value or a cell
     */
    static Cell of(Object value) {
        if (value instanceof Cell c) {
            return c;
        }
        if (value instanceof Enum<?> e) {
            String words = e.name().replace('_', ' ').toLowerCase(Locale.UK);
            return new Text(Character.toUpperCase(words.charAt(0)) + words.substring(1));
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return new Count(((Number) value).longValue());
        }
        if (value instanceof BigDecimal d) {
            return new Decimal(d);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new ValidationException("Cell.number", Double.toString(d), "must be a finite number");
            }
            return new Decimal(BigDecimal.valueOf(d));
        }
        if (value instanceof Money m) {
            return new Amount(m);
        }
        if (value instanceof LocalDate d) {
            return new Date(d);
        }
        return new Text(String.valueOf(value));
    }

    /**
     * {@return a whole number with its thousands grouped by commas, as {@code String.format(Locale.UK, "%,d", n)}
     *         writes it, without the formatter (a table of counts formats thousands of them)}
     */
    private static String grouped(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder b = new StringBuilder(digits.length() + (length - 1) / 3);
        b.append(digits, 0, sign);
        int first = sign + (length % 3 == 0 ? 3 : length % 3);
        b.append(digits, sign, first);
        for (int i = first; i < digits.length(); i += 3) {
            b.append(',').append(digits, i, i + 3);
        }
        return b.toString();
    }

    /** {@return a text cell} */
    static Cell text(String text) {
        return new Text(text);
    }

    /**
     * Text, shown as it is.
     *
     * @param text the text (may be empty)
     */
    record Text(String text) implements Cell {
        /** Checks the text. */
        public Text {
            Checks.present("Cell.text", text);
        }

        @Override
        public String display() {
            return text;
        }

        @Override
        public String raw() {
            return text;
        }
    }

    /**
     * A whole number: shown with thousands grouped ({@code 1,463}).
     *
     * @param value the number
     */
    record Count(long value) implements Cell {
        @Override
        public String display() {
            return grouped(value);
        }

        @Override
        public String raw() {
            return Long.toString(value);
        }
    }

    /**
     * A decimal number: shown with thousands grouped and its trailing zeros dropped ({@code 1,234.5}).
     *
     * @param value the number
     */
    record Decimal(BigDecimal value) implements Cell {
        /** Checks the number. */
        public Decimal {
            Checks.present("Cell.number", value);
        }

        @Override
        public String display() {
            BigDecimal v = value.stripTrailingZeros();
            int scale = Math.max(0, v.scale());
            return String.format(Locale.UK, "%,." + scale + "f", v);
        }

        @Override
        public String raw() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    /**
     * An amount of money: pounds shown as {@code £3,600.00}; another currency by its code.
     *
     * @param money the amount
     */
    record Amount(Money money) implements Cell {
        /** Checks the amount. */
        public Amount {
            Checks.present("Cell.money", money);
        }

        @Override
        public String display() {
            return money.currency().getCurrencyCode().equals("GBP")
                    ? String.format(Locale.UK, "£%,.2f", money.amount()) : money.toString();
        }

        @Override
        public String raw() {
            return money.amount().toPlainString();
        }
    }

    /**
     * A day: shown as {@code 1 March 2016}.
     *
     * @param date the day
     */
    record Date(LocalDate date) implements Cell {
        /** Checks the day. */
        public Date {
            Checks.present("Cell.date", date);
        }

        @Override
        public String display() {
            return date.format(DATE);
        }

        @Override
        public String raw() {
            return date.toString();
        }
    }

    /**
     * Text that links to a web page.
     *
     * @param text what the link says
     * @param href where it goes: an absolute {@code http} or {@code https} address
     */
    record Link(String text, String href) implements Cell {
        /** Checks the text and that the address is an absolute http(s) one (no {@code javascript:}, no data). */
        public Link {
            Checks.name("Cell.link.text", text);
            Checks.present("Cell.link.href", href);
            URI uri;
            try {
                uri = new URI(href);
            } catch (java.net.URISyntaxException e) {
                throw new ValidationException("Cell.link.href", href, "must be a web address (" + e.getReason() + ")");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ValidationException("Cell.link.href", href, "must be an absolute http or https address");
            }
        }

        @Override
        public String display() {
            return text;
        }

        @Override
        public String raw() {
            return href;
        }
    }
}
