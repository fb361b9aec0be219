package org.localityworking.core.config;

import java.util.List;
import java.util.Optional;
import org.localityworking.core.internal.Checks;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityNetwork;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Strategy;
import org.localityworking.core.model.Ward;

/**
 * A council as its configuration file describes it: the council and its rules, its wards and
 * localities, its strategy, the posts it names (lead officers) and its locality networks.
 *
 * @param council    the council with its configuration
 * @param wards      its wards
 * @param localities its localities
 * @param strategy   its strategy, if the file gives one
 * @param people     the posts the file names (for example Lead Locality Officers)
 * @param networks   its locality networks (councils whose locality bodies are networks)
 * @param notes      what the file says about its sources and what is illustrative
 */
public record CouncilDefinition(Council council, List<Ward> wards, List<Locality> localities,
                                Optional<Strategy> strategy, List<Person> people, List<LocalityNetwork> networks,
                                List<String> notes) {
    public CouncilDefinition {
        Checks.present("CouncilDefinition.council", council);
        wards = Checks.list("CouncilDefinition.wards", wards);
        localities = Checks.list("CouncilDefinition.localities", localities);
        Checks.optional("CouncilDefinition.strategy", strategy);
        people = Checks.list("CouncilDefinition.people", people);
        networks = Checks.list("CouncilDefinition.networks", networks);
        notes = Checks.texts("CouncilDefinition.notes", notes);
    }

    /** @return the locality with the id */
    public Optional<Locality> locality(String id) {
        return localities.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** @return the ward with the id */
    public Optional<Ward> ward(String id) {
        return wards.stream().filter(w -> w.id().equals(id)).findFirst();
    }
}
