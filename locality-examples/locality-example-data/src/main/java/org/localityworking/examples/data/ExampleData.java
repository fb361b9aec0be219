package org.localityworking.examples.data;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Example data for the two councils of the source documents, built on their shipped configurations:
 * Trafford (seeds 000-003) and Herefordshire (seed 004). Each dataset's notes say which facts come from
 * which seed and what is illustrative.
 */
@API(status = MAINTAINED, since = "1.0")
public final class ExampleData {
    private ExampleData() {
    }

    /** {@return Trafford: 4 localities, 21 wards, partnerships, Enabling Groups, M16, grants, Be Bold stories, governance} */
    public static Dataset trafford() {
        return Trafford.build();
    }

    /** {@return Herefordshire: 9 localities, networks, Lead Locality Officers, events, success measures and assessments} */
    public static Dataset herefordshire() {
        return Herefordshire.build();
    }

    /** {@return both councils} */
    public static List<Dataset> both() {
        return List.of(trafford(), herefordshire());
    }
}
