package org.localityworking.benchmarks.data;

/** The three sizes the library is measured at. */
public enum Scale {
    /** One council: 21 wards, 10,000 assets, 2,000 people (Trafford's size). */
    COUNCIL(21, 10_000, 2_000, 4_000),
    /** A combined authority (Greater Manchester has 10 councils): 215 wards, 100,000 assets. */
    COMBINED(215, 100_000, 20_000, 40_000),
    /** A national body (England has about 7,000 wards): 1,000,000 assets, 100,000 people, 200,000 grants. */
    NATIONAL(7_000, 1_000_000, 100_000, 200_000);

    /** Wards a locality is made of, on average (Trafford: 21 wards in 4 localities). */
    public static final int WARDS_PER_LOCALITY = 6;

    public final int wards;
    public final int assets;
    public final int people;
    public final int grants;

    Scale(int wards, int assets, int people, int grants) {
        this.wards = wards;
        this.assets = assets;
        this.people = people;
        this.grants = grants;
    }

    /** {@return how many localities the wards make} */
    public int localities() {
        return Math.max(1, (wards + WARDS_PER_LOCALITY - 1) / WARDS_PER_LOCALITY);
    }
}
