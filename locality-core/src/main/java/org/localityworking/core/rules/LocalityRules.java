package org.localityworking.core.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.WardPart;

/**
 * Rules about where a record lies. One copy of each: the store's kinds check them at every commit, and an
 * importer may call them to name the row and column of a value that breaks them.
 */
@API(status = STABLE, since = "1.0")
public final class LocalityRules {
    private LocalityRules() {
    }

    /**
     * A record's ward, where it has one, is one of its locality's wards.
     *
     * @param locality the record's locality
     * @param wardId   the record's ward, if it names one
     * @param field    the ward's field, for the message (for example {@code Asset.wardId})
     * @param what     what the record is, for the message (for example {@code asset})
     * @param id       the record's id, for the message
     * @throws ValidationException naming the field, the ward, the locality's wards and the record
     */
    public static void requireWardWithin(Locality locality, Optional<String> wardId, String field, String what,
                                         String id) {
        if (wardId.isEmpty()) {
            return;
        }
        for (WardPart part : locality.wards()) { // no list made: a unit's check asks this of each of its assets
            if (part.wardId().equals(wardId.get())) {
                return;
            }
        }
        List<String> wards = locality.wards().stream().map(WardPart::wardId).toList();
        throw new ValidationException(field, wardId.get(), "must be one of the wards of the " + what
                + "'s locality " + locality.id() + " (" + String.join(", ", wards) + "): " + what + " " + id);
    }
}
