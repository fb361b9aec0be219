package org.localityworking.interop.builtin;

import java.util.function.BiFunction;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Organisation;

/**
 * An organisation's details as a standard's file gives them (a charity number, a postcode, a web address), one at a
 * time, each checked as the record checks it before it is taken: a value the organisation cannot hold is refused
 * alone, so an importer can list it as not kept and keep the rest.
 */
final class OrganisationDetails {
    private OrganisationDetails() {
    }

    /**
     * {@return a builder holding what {@code b} holds and the value too}
     *
     * @param b     the organisation so far, left as it is
     * @param set   the builder's setter for the detail ({@code Organisation.Builder::charityNumber})
     * @param value the file's value
     * @throws ValidationException naming the field, the value and the rule, when the organisation cannot hold it
     */
    static Organisation.Builder with(Organisation.Builder b, BiFunction<Organisation.Builder, String, Organisation.Builder> set,
                                     String value) {
        return set.apply(b.build().toBuilder(), value).build().toBuilder();
    }
}
