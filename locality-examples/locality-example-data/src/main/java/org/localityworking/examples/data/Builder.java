package org.localityworking.examples.data;

import java.util.ArrayList;
import java.util.List;
import org.localityworking.storage.Kind;

/** Collects a dataset's records in order. */
final class Builder {
    private final List<Dataset.Entry<?>> entries = new ArrayList<>();

    <T> T add(Kind<T> kind, T value) {
        entries.add(new Dataset.Entry<>(kind, value));
        return value;
    }

    <T> void addAll(Kind<T> kind, List<T> values) {
        values.forEach(v -> add(kind, v));
    }

    List<Dataset.Entry<?>> entries() {
        return entries;
    }

    /** Illustrative names: first names and surnames combined deterministically. */
    static String name(int i) {
        String[] first = {"Priya", "Tom", "Aisha", "Gareth", "Mei", "Declan", "Fatima", "Owen", "Grace", "Tariq",
            "Hannah", "Kwame", "Siobhan", "Ravi", "Ellie", "Marek", "Joy", "Imran", "Beth", "Callum"};
        String[] last = {"Shah", "Hughes", "Khan", "Price", "Chen", "Murphy", "Begum", "Evans", "Okafor", "Malik",
            "Walsh", "Mensah", "Doyle", "Patel", "Wright", "Nowak", "Adeyemi", "Hussain", "Taylor", "Reid"};
        return first[i % first.length] + " " + last[(i * 7 + i / first.length) % last.length];
    }
}
