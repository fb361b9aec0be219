package org.localityworking.interop;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.reporting.Audience;
import org.localityworking.core.internal.Checks;

/**
 * What an export is asked for.
 *
 * @param councilId  the council whose data is exported
 * @param localityId one locality, or empty for the whole council
 * @param audience   PUBLIC leaves out people, sensitive assets and individuals' gifts; INTERNAL keeps people
 *                   lists (open standards' exports are always public)
 * @param options    exporter options, for example {@code prefix=360G-trafford} and {@code funderId=GB-LAE-TRF}
 * @param asOf       when the export is made: the day the reports' rules use (consents in force, for example), the
 *                   snapshot's {@code exportedAt} and 360Giving's {@code dateModified}; to the second, so that an
 *                   export made again with the same {@code asOf} from the same data is the same bytes
 */
@API(status = STABLE, since = "1.0")
public record ExportRequest(String councilId, Optional<String> localityId, Audience audience, Map<String, String> options,
                            Instant asOf) {
    /** Checks the request. */
    public ExportRequest {
        Checks.id("ExportRequest.councilId", councilId);
        Checks.optionalId("ExportRequest.localityId", localityId);
        Checks.present("ExportRequest.audience", audience);
        options = Map.copyOf(Checks.map("ExportRequest.options", options));
        asOf = Checks.present("ExportRequest.asOf", asOf).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A request made now. */
    public ExportRequest(String councilId, Optional<String> localityId, Audience audience, Map<String, String> options) {
        this(councilId, localityId, audience, options, Instant.now());
    }

    /**
     * {@return the option's value}
     *
     * @throws ValidationException naming the option when it is missing
     */
    public String require(String option, String meaning) {
        String v = options.get(option);
        if (v == null || v.isBlank()) {
            throw new ValidationException("ExportRequest.options." + option, v, "is required: " + meaning);
        }
        return v;
    }

    /** {@return this request for the PUBLIC audience (exports in open standards are always public)} */
    public ExportRequest forPublic() {
        return new ExportRequest(councilId, localityId, Audience.PUBLIC, options, asOf);
    }

    /** {@return the option's value, or the fallback} */
    public String option(String option, String fallback) {
        return options.getOrDefault(option, fallback);
    }
}
