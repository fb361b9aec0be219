package org.localityworking.reporting.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localityworking.core.model.Person;
import org.localityworking.reporting.spi.LocalityView;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Publication;

/**
 * The public view's redaction of free text: every e-mail address and phone number, and the full name, the
 * address and the address's first line of each person the view may not name, whatever their case; then each word
 * of such a name on its own (three characters or more, with a capital or a digit), unless it is a word of the name
 * of a place, an organisation, a grant scheme, a project, a partnership, a network or a governance body (a resident
 * "Sam Stretford" does not take Stretford off the map; their full name is still replaced). One pass over the text a word at a time, so its cost does not grow with the number of
 * people. Immutable.
 */
final class PublicText {
    /** Any e-mail address. */
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** Any phone number: {@code +} and a country code, or a leading 0, then 8 to 13 more digits, spaced or not. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{N}])(?:\\+[\\s]?\\d{1,3}[\\s().-]{0,3}|0)(?:\\d[\\s().-]{0,3}){7,12}\\d(?![\\p{N}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Phrases (names and addresses, lower case) by their first word, longest first, and what replaces each. */
    private final Map<String, List<Phrase>> phrases = new HashMap<>();
    /** Words of names, as written. */
    private final Set<String> words = new HashSet<>();

    private record Phrase(String text, String replacement) {
    }

    /**
     * @param unnamed the people the view may not name
     * @param spared  names of places and organisations, whose words are not replaced on their own
     */
    PublicText(Collection<Person> unnamed, Collection<String> spared) {
        Set<String> sparedWords = new HashSet<>();
        spared.forEach(s -> tokens(s).forEach(sparedWords::add));
        for (Person p : unnamed) {
            String name = p.name().strip();
            if (name.isEmpty() || name.equals(Kind.ERASED) || name.equals(Publication.WITHHELD)) {
                continue;
            }
            phrase(name, Publication.WITHHELD);
            for (String w : tokens(name)) {
                if (w.length() >= 3 && w.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                        && !sparedWords.contains(w)) {
                    words.add(w);
                }
            }
            p.contact().address().map(String::strip).filter(a -> !a.isEmpty() && !a.equals(Kind.ERASED)).ifPresent(a -> {
                phrase(a, LocalityView.CONTACT_WITHHELD);
                String first = a.split("[,\\n]")[0].strip();
                if (!first.equals(a) && tokens(first).size() >= 2) {
                    phrase(first, LocalityView.CONTACT_WITHHELD);
                }
            });
            p.contact().email().ifPresent(e -> phrase(e, LocalityView.CONTACT_WITHHELD));
        }
        phrases.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase x) -> x.text().length()).reversed()));
    }

    private void phrase(String text, String replacement) {
        List<String> t = tokens(text);
        if (t.isEmpty() || !Character.isLetterOrDigit(text.codePointAt(0))) {
            return;
        }
        phrases.computeIfAbsent(t.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(new Phrase(text.toLowerCase(Locale.ROOT), replacement));
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * {@return the text as the public may see it}
     *
     * @param text free text
     */
    String apply(String text) {
        String out = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(LocalityView.CONTACT_WITHHELD));
        out = PHONE.matcher(out).replaceAll(Matcher.quoteReplacement(LocalityView.CONTACT_WITHHELD));
        if (phrases.isEmpty() && words.isEmpty()) {
            return out;
        }
        StringBuilder b = null;
        int copied = 0;
        Matcher m = WORD.matcher(out);
        int from = 0;
        while (from < out.length() && m.find(from)) {
            int start = m.start();
            int end = m.end();
            String replacement = null;
            int until = end;
            List<Phrase> candidates = phrases.get(m.group().toLowerCase(Locale.ROOT));
            if (candidates != null) {
                for (Phrase p : candidates) {
                    int e = start + p.text().length();
                    if (e <= out.length() && out.regionMatches(true, start, p.text(), 0, p.text().length())
                            && (e == out.length() || !Character.isLetterOrDigit(out.codePointAt(e)))) {
                        replacement = p.replacement();
                        until = e;
                        break;
                    }
                }
            }
            if (replacement == null && words.contains(m.group())) {
                replacement = Publication.WITHHELD;
            }
            if (replacement != null) {
                if (b == null) {
                    b = new StringBuilder(out.length());
                }
                b.append(out, copied, start).append(replacement);
                copied = until;
            }
            from = until;
        }
        if (b == null) {
            return out;
        }
        return b.append(out, copied, out.length()).toString();
    }
}
