package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * ONS Government Statistical Service (GSS) codes: a letter, two digits for the entity type and six digits.
 * Prefixes used here: E05 ward, E06 unitary authority, E07 district, E08 metropolitan district,
 * E09 London borough (and the W, S and N equivalents).
 */
@API(status = STABLE, since = "1.0")
public final class GssCodes {
    private GssCodes() {
    }

    /** A ward code: {@code E05}, {@code W05}, {@code S13} or {@code N08} and six digits. */
    public static final Pattern WARD = Pattern.compile("(E05|W05|S13|N08)\\d{6}");
    /** A local authority code: {@code E06}-{@code E09}, {@code W06}, {@code S12} or {@code N09} and six digits. */
    public static final Pattern LOCAL_AUTHORITY = Pattern.compile("(E0[6-9]|W06|S12|N09)\\d{6}");

}
