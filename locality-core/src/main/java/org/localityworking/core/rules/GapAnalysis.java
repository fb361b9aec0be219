package org.localityworking.core.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Assessment;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.SuccessMeasure;

/**
 * Gap analysis (seed 004): map each locality's progress per success measure; the gap, target stage
 * minus assessed stage, tells partners where more input might help. The latest assessment of each
 * locality and measure counts; a locality never assessed is reported as having no data, not hidden.
 */
@API(status = STABLE, since = "1.0")
public final class GapAnalysis {
    private GapAnalysis() {
    }

    /**
     * {@return one gap per locality and measure, localities in the order given, then measures in the order given}
     *
     * @throws ValidationException when an assessment names an unknown measure or a stage beyond the measure's stages
     */
    public static List<Gap> analyse(List<SuccessMeasure> measures, List<Locality> localities,
                                    List<Assessment> assessments) {
        Map<String, SuccessMeasure> byId = new HashMap<>();
        measures.forEach(m -> byId.put(m.id(), m));
        Map<String, Assessment> latest = new HashMap<>();
        for (Assessment a : assessments) {
            SuccessMeasure m = byId.get(a.measureId());
            if (m == null) {
                throw new ValidationException("Assessment.measureId", a.measureId(), "must name a known success measure");
            }
            if (a.stage() > m.stages().size()) {
                throw new ValidationException("Assessment.stage", Integer.toString(a.stage()),
                        "must be at most " + m.stages().size() + ", the stages of measure " + m.id());
            }
            latest.merge(a.localityId() + "\u0000" + a.measureId(), a,
                    (x, y) -> y.assessedOn().isAfter(x.assessedOn()) ? y : x);
        }
        List<Gap> gaps = new ArrayList<>();
        for (Locality locality : localities) {
            for (SuccessMeasure measure : measures) {
                Assessment a = latest.get(locality.id() + "\u0000" + measure.id());
                gaps.add(new Gap(locality.id(), measure.id(), measure.targetStage(),
                        a == null ? OptionalInt.empty() : OptionalInt.of(a.stage()),
                        a == null ? Optional.empty() : Optional.of(a.assessedOn())));
            }
        }
        return List.copyOf(gaps);
    }
}
