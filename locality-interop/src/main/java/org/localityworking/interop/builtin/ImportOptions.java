package org.localityworking.interop.builtin;

import org.localityworking.core.ValidationException;
import org.localityworking.interop.ImportRequest;

/** Reading an importer's options: one place for the parsing and the message of a bad value. */
final class ImportOptions {
    private ImportOptions() {
    }

    /**
     * @param option   the option's name ({@code batchSize})
     * @param fallback its value when the request does not give it
     * @param rule     what a good value is, for the message ({@code must be a whole number ... of at least 1})
     * @return the option as a whole number of at least 1
     * @throws ValidationException naming {@code ImportRequest.options.<option>}, the value and the rule
     */
    static int atLeastOne(ImportRequest request, String option, String fallback, String rule) {
        String value = request.option(option, fallback);
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ValidationException("ImportRequest.options." + option, value, rule);
    }
}
