package org.localityworking.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;

/** The public kind builder: what it declares, what it refuses, and the standard kinds built with it. */
class KindTest {
    /** A council's own record: a tree survey (not a standard kind). */
    record TreeSurvey(String id, String localityId, Optional<String> wardId, List<String> surveyorIds,
                      String notes, LocalDate surveyedOn) {
    }

    static final Kind<TreeSurvey> TREE_SURVEY = Kind.builder("tree_survey", TreeSurvey.class, TreeSurvey::id)
            .key(Dimension.LOCALITY, TreeSurvey::localityId)
            .optionalKey(Dimension.WARD, TreeSurvey::wardId)
            .date(TreeSurvey::surveyedOn)
            .reference("TreeSurvey.localityId", StandardKinds.LOCALITY, TreeSurvey::localityId)
            .optionalReference("TreeSurvey.wardId", StandardKinds.WARD, TreeSurvey::wardId)
            .references("TreeSurvey.surveyorIds", StandardKinds.PERSON, TreeSurvey::surveyorIds)
            .personalData(TreeSurvey::surveyorIds, (s, person) -> s.surveyorIds().contains(person)
                    ? new TreeSurvey(s.id(), s.localityId(), s.wardId(), s.surveyorIds(), Kind.ERASED, s.surveyedOn())
                    : s)
            .build();

    private static final TreeSurvey SURVEY = new TreeSurvey("ts-1", "sale", Optional.of("E05000820"),
            List.of("p-1", "p-2"), "Counted with Ann (07700 900123)", LocalDate.of(2016, 4, 2));

    @Test
    void aBuiltKindDeclaresWhatItWasGiven() {
        assertEquals("tree_survey", TREE_SURVEY.name());
        assertSame(TreeSurvey.class, TREE_SURVEY.type());
        assertEquals("ts-1", TREE_SURVEY.id(SURVEY));
        assertEquals(Set.of(Dimension.LOCALITY, Dimension.WARD, Dimension.DATE, Dimension.PERSON), TREE_SURVEY.dimensions());
        assertEquals(Set.of(Dimension.PERSON), TREE_SURVEY.multiValued());
        assertEquals(Set.of("sale"), TREE_SURVEY.keys(SURVEY, Dimension.LOCALITY));
        assertEquals(Set.of("p-1", "p-2"), TREE_SURVEY.keys(SURVEY, Dimension.PERSON));
        assertEquals(Set.of(), TREE_SURVEY.keys(SURVEY, Dimension.CATEGORY));
        TreeSurvey unplaced = new TreeSurvey("ts-2", "sale", Optional.empty(), List.of(), "", LocalDate.of(2016, 4, 2));
        assertEquals(Set.of(), TREE_SURVEY.keys(unplaced, Dimension.WARD));
        assertEquals(Set.of(), TREE_SURVEY.keys(unplaced, Dimension.PERSON));
        assertEquals(Set.of("E05000820"), TREE_SURVEY.keys(SURVEY, Dimension.WARD));
        assertTrue(TREE_SURVEY.hasKey(SURVEY, Dimension.LOCALITY, "sale"));
        assertFalse(TREE_SURVEY.hasKey(SURVEY, Dimension.LOCALITY, "altrincham"));
        assertTrue(TREE_SURVEY.hasKey(SURVEY, Dimension.WARD, "E05000820"));
        assertFalse(TREE_SURVEY.hasKey(unplaced, Dimension.WARD, "E05000820"));
        assertTrue(TREE_SURVEY.hasKey(SURVEY, Dimension.PERSON, "p-2"));
        assertFalse(TREE_SURVEY.hasKey(SURVEY, Dimension.CATEGORY, "sale"));
        assertEquals(Optional.of("sale"), TREE_SURVEY.firstKey(SURVEY, Dimension.LOCALITY));
        assertEquals(Optional.of("E05000820"), TREE_SURVEY.firstKey(SURVEY, Dimension.WARD));
        assertEquals(Optional.empty(), TREE_SURVEY.firstKey(unplaced, Dimension.WARD));
        assertEquals(Optional.of("p-1"), TREE_SURVEY.firstKey(SURVEY, Dimension.PERSON)); // the first of several
        assertEquals(Optional.empty(), TREE_SURVEY.firstKey(unplaced, Dimension.PERSON));
        assertEquals(Optional.empty(), TREE_SURVEY.firstKey(SURVEY, Dimension.CATEGORY));
        assertEquals(List.of(new Reference("TreeSurvey.localityId", StandardKinds.LOCALITY, "sale")),
                TREE_SURVEY.references(unplaced));
        assertEquals(Optional.of(LocalDate.of(2016, 4, 2)), TREE_SURVEY.date(SURVEY));
        assertEquals(List.of(new Reference("TreeSurvey.localityId", StandardKinds.LOCALITY, "sale"),
                new Reference("TreeSurvey.wardId", StandardKinds.WARD, "E05000820"),
                new Reference("TreeSurvey.surveyorIds", StandardKinds.PERSON, "p-1"),
                new Reference("TreeSurvey.surveyorIds", StandardKinds.PERSON, "p-2")), TREE_SURVEY.references(SURVEY));
        assertEquals(List.of(StandardKinds.LOCALITY, StandardKinds.WARD, StandardKinds.PERSON), List.copyOf(TREE_SURVEY.referencedKinds()));
        assertFalse(TREE_SURVEY.isStandard());
    }

    @Test
    void erasureRewritesOnlyRecordsThatHoldThePerson() {
        assertEquals(Kind.ERASED, TREE_SURVEY.erase(SURVEY, "p-2").notes());
        assertSame(SURVEY, TREE_SURVEY.erase(SURVEY, "p-3"));
    }

    @Test
    void aKindWithoutAnEraseFunctionKeepsItsRecords() {
        Kind<TreeSurvey> plain = Kind.builder("plain", TreeSurvey.class, TreeSurvey::id).build();
        assertSame(SURVEY, plain.erase(SURVEY, "p-1"));
        assertEquals(Set.of(), plain.dimensions());
    }

    @Test
    void aNameThatCannotBeATableNameIsRefused() {
        for (String bad : new String[] {"", "Tree", "1tree", "tree-survey", "tree survey", "a".repeat(41), "x;drop"}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> Kind.builder(bad, TreeSurvey.class, TreeSurvey::id), bad);
            assertEquals("Kind.name", e.field());
            assertEquals(bad, e.value());
        }
        assertEquals("a".repeat(40), Kind.builder("a".repeat(40), TreeSurvey.class, TreeSurvey::id).build().name());
    }

    @Test
    void aTypeThatIsNotARecordIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Kind.builder("text", String.class, s -> s));
        assertEquals("Kind.type", e.field());
        assertEquals("java.lang.String", e.value());
    }

    @Test
    void aDimensionIsDeclaredOnceAndDateOnlyByDate() {
        assertThrows(ValidationException.class, () -> Kind.builder("t", TreeSurvey.class, TreeSurvey::id)
                .key(Dimension.LOCALITY, TreeSurvey::localityId).key(Dimension.LOCALITY, TreeSurvey::localityId));
        assertThrows(ValidationException.class, () -> Kind.builder("t", TreeSurvey.class, TreeSurvey::id)
                .key(Dimension.DATE, TreeSurvey::localityId));
        assertThrows(ValidationException.class, () -> Kind.builder("t", TreeSurvey.class, TreeSurvey::id)
                .date(TreeSurvey::surveyedOn).date(TreeSurvey::surveyedOn));
        assertThrows(ValidationException.class, () -> Kind.builder("t", TreeSurvey.class, TreeSurvey::id)
                .reference("T.a", StandardKinds.LOCALITY, TreeSurvey::localityId)
                .reference("T.a", StandardKinds.LOCALITY, TreeSurvey::localityId));
    }

    @Test
    void erasureWithoutThePersonDimensionIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Kind.builder("t", TreeSurvey.class, TreeSurvey::id).erase((s, p) -> s).build());
        assertEquals("t.erase", e.field());
        assertTrue(e.rule().contains("PERSON"), e.rule());
    }

    /** A lookup that finds only the records it was given, by kind name and id. */
    private static RecordLookup holding(String... kindSlashIds) {
        Set<String> held = Set.of(kindSlashIds);
        return new RecordLookup() {
            @Override
            public <T> Optional<T> find(Kind<T> kind, String id) {
                throw new AssertionError("the check of references asks whether a record exists, never reads it");
            }

            @Override
            public boolean exists(Kind<?> kind, String id) {
                return held.contains(kind.name() + "/" + id);
            }
        };
    }

    @Test
    void theFirstMissingReferenceIsTheFirstOfTheReferencesInOrderThatTheLookupDoesNotFind() {
        String[] all = {"locality/sale", "ward/E05000820", "person/p-1", "person/p-2"};
        assertEquals(Optional.empty(), TREE_SURVEY.firstMissingReference(SURVEY, holding(all)));
        for (int gone = 0; gone < all.length; gone++) {
            List<String> rest = new java.util.ArrayList<>(List.of(all));
            rest.remove(gone);
            Reference missing = TREE_SURVEY.firstMissingReference(SURVEY, holding(rest.toArray(String[]::new)))
                    .orElseThrow();
            assertEquals(TREE_SURVEY.references(SURVEY).get(gone), missing, all[gone]);
        }
        // several missing: the first in the order references() gives them
        assertEquals(new Reference("TreeSurvey.wardId", StandardKinds.WARD, "E05000820"),
                TREE_SURVEY.firstMissingReference(SURVEY, holding("locality/sale", "person/p-1")).orElseThrow());
        TreeSurvey unplaced = new TreeSurvey("ts-2", "sale", Optional.empty(), List.of(), "", LocalDate.of(2016, 4, 2));
        assertEquals(Optional.empty(), TREE_SURVEY.firstMissingReference(unplaced, holding("locality/sale")));
    }

    @Test
    void aKeyFunctionThatGivesNullIsNamed() {
        Kind<TreeSurvey> sloppy = Kind.builder("sloppy", TreeSurvey.class, TreeSurvey::id)
                .key(Dimension.COUNCIL, s -> null).build();
        ValidationException e = assertThrows(ValidationException.class, () -> sloppy.keys(SURVEY, Dimension.COUNCIL));
        assertEquals("sloppy.council", e.field());
        assertEquals("sloppy.council", assertThrows(ValidationException.class,
                () -> sloppy.hasKey(SURVEY, Dimension.COUNCIL, "x")).field());
        assertEquals("sloppy.council", assertThrows(ValidationException.class,
                () -> sloppy.firstKey(SURVEY, Dimension.COUNCIL)).field());
        Kind<TreeSurvey> noOptional = Kind.builder("sloppier", TreeSurvey.class, TreeSurvey::id)
                .optionalKey(Dimension.WARD, s -> null).keys(Dimension.PERSON, s -> java.util.Arrays.asList("p-1", null))
                .build();
        assertEquals("sloppier.ward", assertThrows(ValidationException.class,
                () -> noOptional.keys(SURVEY, Dimension.WARD)).field());
        assertEquals("sloppier.ward", assertThrows(ValidationException.class,
                () -> noOptional.hasKey(SURVEY, Dimension.WARD, "x")).field());
        assertEquals("sloppier.person", assertThrows(ValidationException.class,
                () -> noOptional.keys(SURVEY, Dimension.PERSON)).field());
        assertEquals("sloppier.ward", assertThrows(ValidationException.class,
                () -> noOptional.firstKey(SURVEY, Dimension.WARD)).field());
        assertEquals("sloppier.person", assertThrows(ValidationException.class,
                () -> noOptional.firstKey(SURVEY, Dimension.PERSON)).field());
        ValidationException noId = assertThrows(ValidationException.class,
                () -> Kind.builder("noid", TreeSurvey.class, s -> "").build().id(SURVEY));
        assertEquals("noid.id", noId.field());
    }

    @Test
    void aKindReachesItsCouncilThroughADimensionItDeclares() {
        Kind<TreeSurvey> scoped = Kind.builder("scoped", TreeSurvey.class, TreeSurvey::id)
                .key(Dimension.LOCALITY, TreeSurvey::localityId).councilThrough(Dimension.LOCALITY, StandardKinds.LOCALITY).build();
        assertTrue(scoped.dimensions().contains(Dimension.COUNCIL), "queryable by council");
        assertTrue(scoped.derives(Dimension.COUNCIL));
        assertFalse(scoped.derives(Dimension.LOCALITY));
        assertEquals(Set.of(), scoped.keys(SURVEY, Dimension.COUNCIL), "the record itself names no council");
        assertEquals(new Kind.CouncilPath(Dimension.LOCALITY, StandardKinds.LOCALITY), scoped.councilPath().orElseThrow());
        ValidationException undeclared = assertThrows(ValidationException.class, () -> Kind.builder("t", TreeSurvey.class,
                TreeSurvey::id).councilThrough(Dimension.WARD, StandardKinds.WARD).build());
        assertEquals("t.councilThrough", undeclared.field());
        ValidationException parentWithoutCouncil = assertThrows(ValidationException.class, () -> Kind.builder("t",
                TreeSurvey.class, TreeSurvey::id).key(Dimension.LOCALITY, TreeSurvey::localityId)
                .councilThrough(Dimension.LOCALITY, StandardKinds.ASSET).build());
        assertEquals("asset", parentWithoutCouncil.value(), "a parent must name its council itself");
    }

    @Test
    void everyStandardKindCanBeQueriedByCouncil() {
        for (Kind<?> kind : StandardKinds.all()) {
            assertTrue(kind.dimensions().contains(Dimension.COUNCIL), kind.name());
        }
        assertEquals(new Kind.CouncilPath(Dimension.PARENT, StandardKinds.GRANT_SCHEME), StandardKinds.GRANT.councilPath().orElseThrow());
        assertFalse(StandardKinds.GRANT_SCHEME.derives(Dimension.COUNCIL));
    }

    @Test
    void theStandardKindsHaveUniqueNamesAndReferOnlyBackwards() {
        List<Kind<?>> standard = StandardKinds.all();
        assertEquals(29, standard.size());
        Set<String> names = new HashSet<>();
        List<String> forward = new ArrayList<>();
        for (int i = 0; i < standard.size(); i++) {
            Kind<?> kind = standard.get(i);
            assertTrue(names.add(kind.name()), "duplicate " + kind.name());
            assertTrue(kind.isStandard());
            for (Kind<?> target : kind.referencedKinds()) {
                if (standard.indexOf(target) >= i) {
                    forward.add(kind.name() + " -> " + target.name());
                }
            }
        }
        assertEquals(List.of(), forward);
    }
}
