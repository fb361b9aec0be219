package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A place a grant benefits, as its funder named it (a 360Giving beneficiary location): a country, a region, a
 * district, or a ward beyond the one the grant is filed under ({@link Grant#wardId()}).
 *
 * @param name        the place's name, as published
 * @param geoCode     its code (a GSS code such as {@code E92000001} for England), if the funder gave one
 * @param geoCodeType the kind of code, from 360Giving's codelist ({@code CTRY}, {@code WD}, ...), if given
 * @param countryCode its country, ISO 3166-1 ({@code GB}), if given
 */
@API(status = STABLE, since = "1.1")
public record BeneficiaryArea(String name, Optional<String> geoCode, Optional<String> geoCodeType,
                              Optional<String> countryCode) {
    /** Checks every value. */
    public BeneficiaryArea {
        Checks.name("BeneficiaryArea.name", name);
        Checks.optionalName("BeneficiaryArea.geoCode", geoCode);
        Checks.optionalName("BeneficiaryArea.geoCodeType", geoCodeType);
        Checks.optionalName("BeneficiaryArea.countryCode", countryCode);
    }

    /**
     * {@return whether the area is finer than a ward (an output area, LSOA or MSOA), which a grant to an individual
     *         must not name in public: 360Giving's guidance publishes such grants at ward level or wider}
     */
    public boolean finerThanWard() {
        String type = geoCodeType.orElse("");
        String code = geoCode.orElse("");
        return type.equals("OA") || type.equals("LSOA") || type.equals("MSOA")
                || code.matches("[EWS]0[012]\\d*");
    }
}
