package org.localityworking.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Locality;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * What the commands check a user's words against before they act: a council or locality id the store holds (a
 * refusal lists the valid ones), and a date as a UK user writes it.
 */
final class Known {
    private Known() {
    }

    /**
     * Checks that the store holds the council and, when one is given, that it has the locality.
     *
     * @throws ValidationException naming the option, the value and the ids the store holds
     */
    static void councilAndLocality(LocalityStore store, String council, Optional<String> locality) {
        if (store.get(StandardKinds.COUNCIL, council).isEmpty()) {
            List<String> ids = store.all(StandardKinds.COUNCIL).stream().map(v -> v.value().id()).sorted().toList();
            throw new ValidationException("--council", council, ids.isEmpty()
                    ? "must be a council the store holds, and " + store.location() + " holds none yet (set one up:"
                            + " locality setup FILE.properties, or locality demo)"
                    : "must be a council the store holds: " + String.join(", ", ids));
        }
        if (locality.isPresent()) {
            List<String> ids = store.query(StandardKinds.LOCALITY, Query.all().council(council)).stream()
                    .map(Versioned::value).map(Locality::id).toList();
            if (!ids.contains(locality.get())) {
                throw new ValidationException("--locality", locality.get(), "must be a locality of " + council + ": "
                        + String.join(", ", ids));
            }
        }
    }

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK_WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * {@return the day: ISO ({@code 2016-03-01}), or as the UK writes it ({@code 1/3/2016}, {@code 01/03/2016},
     *         {@code 1 March 2016}): day first, never month first}
     *
     * @throws IllegalArgumentException saying both forms, when it is neither
     */
    static LocalDate date(String text) {
        String t = text.strip();
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, UK, UK_WORDS)) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a date: give it as 2016-03-01 or 1/3/2016 (day, month,"
                + " year)");
    }
}
