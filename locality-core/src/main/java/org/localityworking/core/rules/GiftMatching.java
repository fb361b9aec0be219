package org.localityworking.core.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.localityworking.core.model.Gift;
import org.localityworking.core.model.Need;
import org.localityworking.core.model.PartyKind;

/**
 * Matches the gifts offered in a locality to the needs there: a gift meets a need when it is of the kind the need
 * asks for (head, hands or heart), in the same locality, shares at least one tag with it, and its giver may be
 * contacted about it on the day (a person who agreed to be contacted; an organisation always). A group's own gift
 * never meets its own need. Ranked: the more tags shared the better (two points each), a gift in the need's own
 * ward one point more; then by need and gift id.
 */
@API(status = STABLE, since = "1.0")
public final class GiftMatching {
    private GiftMatching() {
    }

    /**
     * A gift that could meet a need.
     *
     * @param gift     the gift
     * @param need     the need
     * @param shared   the tags they share
     * @param sameWard whether both are in the same ward
     * @param score    two points a shared tag, one for the same ward
     */
    public record Match(Gift gift, Need need, Set<String> shared, boolean sameWard, int score) {
        /** Copies the tags. */
        public Match {
            shared = java.util.Collections.unmodifiableSet(new TreeSet<>(shared));
        }
    }

    /** {@return every match, the best first} */
    public static List<Match> match(List<Gift> gifts, List<Need> needs, LocalDate day) {
        List<Match> out = new ArrayList<>();
        for (Need n : needs) {
            for (Gift g : gifts) {
                if (!g.localityId().equals(n.localityId()) || g.kind() != n.kind()) {
                    continue;
                }
                boolean organisation = g.giver().kind() == PartyKind.ORGANISATION;
                if (!organisation && !g.mayContactOn(day)) {
                    continue;
                }
                if (organisation && n.organisationId().filter(g.giver().id()::equals).isPresent()) {
                    continue;
                }
                Set<String> shared = new TreeSet<>(g.tags());
                shared.retainAll(n.tags());
                if (shared.isEmpty()) {
                    continue;
                }
                boolean sameWard = g.wardId().isPresent() && g.wardId().equals(n.wardId());
                out.add(new Match(g, n, shared, sameWard, 2 * shared.size() + (sameWard ? 1 : 0)));
            }
        }
        out.sort(Comparator.comparingInt((Match m) -> -m.score()).thenComparing(m -> m.need().id())
                .thenComparing(m -> m.gift().id()));
        return out;
    }
}
