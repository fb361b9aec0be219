package org.localityworking.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.core.model.CouncilConfiguration;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.WardPart;
import org.localityworking.core.rules.LeadOfficerCoverage;
import org.localityworking.core.rules.RuleViolation;
import org.localityworking.core.rules.WardCoverage;

/**
 * Describes the two shipped council configurations (Trafford, Herefordshire), checked against their own
 * rules: the first thing the demo prints.
 */
public final class CouncilSummary {
    private CouncilSummary() {
    }

    /**
     * Prints both councils to {@code out}.
     *
     * @return the number of rule violations found
     */
    public static int run(PrintStream out) {
        int violations = 0;
        for (String name : CouncilConfigurations.SHIPPED) {
            violations += describe(CouncilConfigurations.shipped(name), out);
        }
        return violations;
    }

    static int describe(CouncilDefinition d, PrintStream out) {
        CouncilConfiguration c = d.council().configuration();
        out.println("== " + d.council().name() + d.council().gssCode().map(g -> " (" + g + ")").orElse(""));
        out.println("   " + d.localities().size() + " localities, " + d.wards().size() + " wards; locality bodies: "
                + c.terminology().localityBody() + " (" + c.localityBody() + ", " + c.defaultMembership()
                + " membership)");
        out.println("   Enabling groups: " + c.enablingGroupRule()
                .map(r -> "core of " + r.coreSize() + " " + r.split())
                .orElse("none"));
        if (c.minimumEventsPerLocalityPerYear() > 0) {
            out.println("   At least " + c.minimumEventsPerLocalityPerYear() + " engagement event(s) a year in each locality");
        }
        for (Locality l : d.localities()) {
            String wards = l.wards().stream().map(w -> wardName(d, w)).collect(Collectors.joining(", "));
            out.println("   - " + l.name() + (l.illustrative() ? " [illustrative]" : "") + ": " + wards);
        }
        d.strategy().ifPresent(s -> out.println("   Strategy: " + s.title() + ", " + s.themes().size() + " themes: "
                + s.themes().stream().map(t -> t.title()).collect(Collectors.joining("; "))));
        List<RuleViolation> found = new ArrayList<>(WardCoverage.check(d.localities()));
        found.addAll(LeadOfficerCoverage.check(d.localities(), d.people(), c.minimumLeadOfficersPerLocality()));
        out.println("   Rule checks: " + (found.isEmpty() ? "all pass" : found.size() + " violations"));
        found.forEach(v -> out.println("     ! " + v));
        out.println();
        return found.size();
    }

    private static String wardName(CouncilDefinition d, WardPart part) {
        String name = d.ward(part.wardId()).map(w -> w.name()).orElse(part.wardId());
        return part.part().map(p -> name + " (" + p + " part)").orElse(name);
    }
}
