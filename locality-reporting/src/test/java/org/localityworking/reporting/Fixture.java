package org.localityworking.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.localityworking.core.model.ConsentUse;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Story;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.examples.data.Dataset;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;

/** The test data set of both councils (the examples' seed-drawn data) in a memory store, and rendering helpers. */
final class Fixture {
    static final LocalDate AS_OF = LocalDate.of(2016, 3, 1);
    static final Instant GENERATED = Instant.parse("2016-03-01T09:00:00Z");
    static final PluginRegistry<ReportDefinition> REPORTS = ReportRegistry.discover();
    static final PluginRegistry<OutputFormat> FORMATS = FormatRegistry.discover();

    private Fixture() {
    }

    static LocalityStore store(List<Dataset> datasets) {
        LocalityStore store = Stores.open("memory:reports");
        datasets.forEach(d -> d.loadInto(store));
        return store;
    }

    static LocalityStore bothCouncils() {
        return store(ExampleData.both());
    }

    static ReportRequest request(String council, Optional<String> locality, Audience audience) {
        return new ReportRequest(council, locality, audience, AS_OF, Optional.empty(), Optional.empty(), GENERATED);
    }

    static String render(Report report, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** @return every request: each council as a whole and each of its localities */
    static List<ReportRequest> everyScope(LocalityStore store, Audience audience) {
        List<ReportRequest> requests = new ArrayList<>();
        for (String council : List.of("trafford", "herefordshire")) {
            requests.add(request(council, Optional.empty(), audience));
            for (var v : store.query(Kind.LOCALITY, org.localityworking.storage.Query.all().council(council))) {
                Locality l = v.value();
                requests.add(request(council, Optional.of(l.id()), audience));
            }
        }
        return requests;
    }

    /** @return the names of every person in the data who has not consented to publication in any story */
    static Set<String> unconsentedNames(List<Dataset> datasets) {
        Set<String> consented = datasets.stream().flatMap(d -> d.all(Kind.STORY).stream())
                .filter(s -> s.isConsentedFor(ConsentUse.PUBLICATION, AS_OF))
                .flatMap(s -> s.personIds().stream()).collect(Collectors.toSet());
        Set<String> named = namedByConsent(datasets);
        return datasets.stream().flatMap(d -> d.all(Kind.PERSON).stream())
                .filter(p -> !consented.contains(p.id())).filter(p -> !holdsPublicOffice(datasets, p))
                .filter(p -> !named.contains(p.id()))
                .map(Person::name).collect(Collectors.toSet());
    }

    /** @return the ids of the people whose consent to be named is in force on {@link #AS_OF} */
    static Set<String> namedByConsent(List<Dataset> datasets) {
        return datasets.stream().flatMap(d -> d.all(Kind.NAMING_CONSENT).stream()).filter(c -> c.isActiveOn(AS_OF))
                .map(c -> c.personId()).collect(Collectors.toSet());
    }

    /** @return whether the person holds a role their council's configuration makes a public office */
    static boolean holdsPublicOffice(List<Dataset> datasets, Person p) {
        return datasets.stream().filter(d -> d.all(Kind.PERSON).contains(p))
                .flatMap(d -> d.all(Kind.COUNCIL).stream())
                .anyMatch(c -> p.roles().stream().anyMatch(r -> c.configuration().isPublicOffice(r.role())));
    }

    /** @return the names of the people who hold a public office in their council */
    static Set<String> publicOfficeHolders(List<Dataset> datasets) {
        return datasets.stream().flatMap(d -> d.all(Kind.PERSON).stream()).filter(p -> holdsPublicOffice(datasets, p))
                .map(Person::name).collect(Collectors.toSet());
    }

    static List<Story> stories(List<Dataset> datasets) {
        return datasets.stream().flatMap(d -> d.all(Kind.STORY).stream()).toList();
    }
}
