package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A council that runs Locality Working. Everything that differs between councils (names, rules,
 * sizes) lives in its {@link CouncilConfiguration}, never in code.
 *
 * @param id            identifier, for example {@code trafford}
 * @param name          name, for example {@code Trafford Council}
 * @param gssCode       the ONS code of the local authority, if known ({@link GssCodes#LOCAL_AUTHORITY})
 * @param configuration the council's names, rules and sizes
 */
@API(status = STABLE, since = "1.0")
public record Council(String id, String name, Optional<String> gssCode, CouncilConfiguration configuration) {
    public Council {
        Checks.id("Council.id", id);
        Checks.name("Council.name", name);
        Checks.optional("Council.gssCode", gssCode).ifPresent(v -> Checks.matches("Council.gssCode", v,
                GssCodes.LOCAL_AUTHORITY, "must be a local authority GSS code such as E08000009"));
        Checks.present("Council.configuration", configuration);
    }
}
