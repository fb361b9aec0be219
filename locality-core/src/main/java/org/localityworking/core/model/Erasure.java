package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What erasing a person leaves in their place. Each record that holds personal data says what erasing a person
 * does to it, beside its other rules: {@link Person#erasedFor}, {@link Asset#erasedFor}, {@link Story#erasedFor},
 * {@link Gift#erasedFor}. The store's kinds call them.
 */
@API(status = STABLE, since = "1.0")
public final class Erasure {
    /** The text that replaces an erased person's personal fields. */
    public static final String MARK = "[erased]";

    private Erasure() {
    }
}
