package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A locality's profile: statistics about it (seed 004: "profiles for each locality which contain a
 * range of statistics"). A missing figure is simply absent; reports say "no data" for it.
 *
 * @param id         identifier
 * @param localityId the locality
 * @param statistics its figures, each name once
 */
@API(status = STABLE, since = "1.0")
public record LocalityProfile(String id, String localityId, List<Statistic> statistics) {
    public LocalityProfile {
        Checks.id("LocalityProfile.id", id);
        Checks.id("LocalityProfile.localityId", localityId);
        statistics = Checks.list("LocalityProfile.statistics", statistics);
        Checks.unique("LocalityProfile.statistics", statistics, Statistic::name);
    }
}
