package org.localityworking.interop;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * What an import is asked to do.
 *
 * @param councilId the council the data belongs to: required by the standards' importers (a 360Giving package's
 *                  grant programmes become that council's schemes; Open Referral ids are derived from it), not by
 *                  the CSV and snapshot importers
 * @param dryRun    check everything and say what would be created, changed and left, writing nothing
 * @param replace   snapshot: overwrite records changed in the store since the snapshot was written (without it
 *                  such an import is refused and writes nothing)
 * @param options   importer options, for example {@code prefix=360G-trafford}
 * @param progress  told the count of rows read, every 10,000 rows (a long file's progress)
 */
@API(status = STABLE, since = "1.0")
public record ImportRequest(Optional<String> councilId, boolean dryRun, boolean replace, Map<String, String> options,
                            LongConsumer progress) {
    /** Checks the request. */
    public ImportRequest {
        Checks.optionalId("ImportRequest.councilId", councilId);
        options = Map.copyOf(Checks.map("ImportRequest.options", options));
        Checks.present("ImportRequest.progress", progress);
    }

    /**
     * {@return the council}
     *
     * @throws ValidationException when the request names none
     */
    public String requireCouncil(String importer) {
        return councilId.orElseThrow(() -> new ValidationException("ImportRequest.councilId", "", "is required by the "
                + importer + " importer: name the council the data belongs to (--council ID)"));
    }

    /** {@return the option's value, or the fallback} */
    public String option(String option, String fallback) {
        return options.getOrDefault(option, fallback);
    }

    /** {@return a builder: no council, not a dry run, no replace, no options, no progress reports} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ImportRequest}. */
    public static final class Builder {
        private Optional<String> councilId = Optional.empty();
        private boolean dryRun;
        private boolean replace;
        private final Map<String, String> options = new LinkedHashMap<>();
        private LongConsumer progress = rows -> { };

        private Builder() {
        }

        /** {@return this builder, for the council} */
        public Builder councilId(String councilId) {
            this.councilId = Optional.of(councilId);
            return this;
        }

        /** {@return this builder, checking and reporting but writing nothing} */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** {@return this builder, overwriting records changed since a snapshot was written} */
        public Builder replace(boolean replace) {
            this.replace = replace;
            return this;
        }

        /** {@return this builder, with the option} */
        public Builder option(String key, String value) {
            options.put(key, value);
            return this;
        }

        /** {@return this builder, with the options} */
        public Builder options(Map<String, String> options) {
            this.options.putAll(options);
            return this;
        }

        /** {@return this builder, telling {@code progress} the rows read every 10,000 rows} */
        public Builder progress(LongConsumer progress) {
            this.progress = progress;
            return this;
        }

        /** {@return the request} */
        public ImportRequest build() {
            return new ImportRequest(councilId, dryRun, replace, options, progress);
        }
    }
}
