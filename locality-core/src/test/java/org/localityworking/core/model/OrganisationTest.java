package org.localityworking.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;

/**
 * An organisation carries what the 360Giving and Open Referral standards say of it (description, charity and
 * company numbers, postcode, website), each checked by name, and an org-id as its id.
 */
class OrganisationTest {
    private static Organisation.Builder charity() {
        return Organisation.builder().id("GB-CHC-1164859").name("Stretford Public Hall").sector(Sector.VCSE)
                .kind(OrganisationKind.CHARITY);
    }

    @Test
    void anOrgIdIsAnIdAndTheStandardsDetailsAreKept() {
        Organisation o = charity().description("A hall run by its community").charityNumber("1164859")
                .companyNumber("09876543").postcode("M32 0TH")
                .website("https://stretfordpublichall.example").build();
        assertEquals("GB-CHC-1164859", o.id());
        assertEquals(Optional.of("M32 0TH"), o.postcode());
        assertEquals(o, o.toBuilder().build());
        assertEquals(new Organisation("x", "X", Sector.VCSE, OrganisationKind.OTHER, Optional.empty()),
                Organisation.builder().id("x").name("X").sector(Sector.VCSE).kind(OrganisationKind.OTHER).build());
    }

    @Test
    void eachDetailIsCheckedByName() {
        ValidationException web = assertThrows(ValidationException.class,
                () -> charity().website("javascript:alert(1)").build());
        assertEquals("Organisation.website", web.field());
        assertEquals("javascript:alert(1)", web.value());
        assertTrue(web.rule().contains("http://"), web.rule());
        assertEquals("Organisation.postcode", assertThrows(ValidationException.class,
                () -> charity().postcode("<script>").build()).field());
        assertEquals("Organisation.charityNumber", assertThrows(ValidationException.class,
                () -> charity().charityNumber("").build()).field());
        assertEquals("Organisation.description", assertThrows(ValidationException.class,
                () -> charity().description("  ").build()).field());
    }

    @Test
    @SuppressWarnings("NullOptional") // deliberately: a record codec passes null for a component the bytes lack
    void aRecordStoredBeforeTheDetailsExistedReadsThemAsAbsent() {
        // what the record codec's canonical constructor call looks like for a format-2 organisation
        Organisation old = new Organisation("x", "X", Sector.VCSE, OrganisationKind.OTHER, Optional.empty(),
                null, null, null, null, null);
        assertEquals(Optional.empty(), old.description());
        assertEquals(Optional.empty(), old.website());
    }
}
