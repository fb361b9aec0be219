package org.localityworking.interop.run;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.interop.builtin.WardBoundaries;

/**
 * The maps a council's configuration names, read into its definition: the core reads the configuration file
 * but no JSON, so a definition whose file names {@code wards.boundaries} (a GeoJSON file of the wards'
 * boundaries, as the ONS publishes them) gets the wards' outlines here. The command-line app's {@code setup} does
 * this before it saves the council; code that embeds the library calls it the same way.
 */
@API(status = STABLE, since = "1.1")
public final class CouncilMaps {
    private CouncilMaps() {
    }

    /**
     * {@return the definition with each ward the boundaries file outlines holding its outline ({@code
     *         Ward.boundary}); the definition unchanged when its file names no boundaries}
     *
     * @param definition a council's definition, as {@code CouncilConfigurations.read(Path)} gives it
     * @throws org.localityworking.core.ValidationException naming {@code wards.boundaries} and the file, when the
     *                                                      file is not GeoJSON or outlines none of the wards
     */
    public static CouncilDefinition withWardBoundaries(CouncilDefinition definition) {
        if (definition.wardBoundaries().isEmpty()) {
            return definition;
        }
        return definition.toBuilder().wards(WardBoundaries.outlined("wards.boundaries",
                definition.wardBoundaries().get(), definition.wards())).build();
    }
}
