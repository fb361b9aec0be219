package org.localityworking.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.config.CouncilDefinition;

/** Every record with six or more components has a builder with named setters, and the builders keep the rules. */
class BuildersTest {

    private static Asset library() {
        return Asset.builder().id("a-sale-library").localityId("sale").wardId("E05000824").name("Sale Library")
                .description("Books, computers and a meeting room").category(AssetCategory.PHYSICAL)
                .tangibility(Tangibility.TANGIBLE).build();
    }

    @Test
    void aBuilderMakesTheSameRecordAsTheConstructor() {
        Asset built = library();
        Asset constructed = new Asset("a-sale-library", "sale", Optional.of("E05000824"), "Sale Library",
                "Books, computers and a meeting room", AssetCategory.PHYSICAL, Tangibility.TANGIBLE, Optional.empty(),
                false, TransferStatus.NOT_APPLICABLE, Optional.empty(), Optional.empty());
        assertEquals(constructed, built);
        assertEquals(TransferStatus.NOT_APPLICABLE, built.transfer(), "the documented default");
    }

    @Test
    void aMissingRequiredValueNamesTheField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Asset.builder().id("a-1").name("x").description("y").category(AssetCategory.PHYSICAL)
                        .tangibility(Tangibility.TANGIBLE).build());
        assertEquals("Asset.localityId", e.field());
        ValidationException grant = assertThrows(ValidationException.class, () -> Grant.builder().id("g-1").build());
        assertEquals("Grant.schemeId", grant.field());
    }

    @Test
    void anOptionalIsSetWithAPlainValueAndNullIsRefusedByName() {
        ValidationException e = assertThrows(ValidationException.class, () -> Asset.builder().wardId(null));
        assertEquals("Asset.wardId", e.field());
        assertEquals(Optional.of("E05000824"), library().wardId());
        assertEquals(Optional.empty(), library().toBuilder().noWardId().build().wardId());
        EngagementEvent event = EngagementEvent.builder().id("ev-1").localityId("sale").kind(EventKind.COMMUNITY_EVENT)
                .title("Street party").heldOn(LocalDate.of(2015, 7, 4)).attendance(60).build();
        assertEquals(OptionalInt.of(60), event.attendance());
        assertEquals(OptionalInt.empty(), event.toBuilder().noAttendance().build().attendance());
    }

    @Test
    void withersChangeOneValueAndKeepTheRules() {
        Asset asset = library();
        Asset transferred = asset.withTransfer(TransferStatus.TRANSFERRED);
        assertEquals(TransferStatus.TRANSFERRED, transferred.transfer());
        assertEquals(asset, transferred.withTransfer(TransferStatus.NOT_APPLICABLE));
        assertNotEquals(asset, transferred);
        ValidationException e = assertThrows(ValidationException.class, () -> asset.withName(" "));
        assertEquals("Asset.name", e.field());
        assertEquals(Optional.of(new GeoPoint(53.42, -2.32)), asset.withLocation(new GeoPoint(53.42, -2.32)).location());
    }

    @Test
    void toBuilderRoundTripsEveryRecordOfAShippedCouncil() {
        for (CouncilDefinition def : List.of(CouncilConfigurations.trafford(), CouncilConfigurations.herefordshire())) {
            assertEquals(def, def.toBuilder().build());
            assertEquals(def.council().configuration(), def.council().configuration().toBuilder().build());
            def.wards().forEach(w -> assertEquals(w, w.toBuilder().build()));
            def.strategy().ifPresent(s -> assertEquals(s, s.toBuilder().build()));
        }
    }

    /** A structural check, so that a record added later cannot miss its builder. */
    @Test
    void everyRecordWithSixOrMoreComponentsHasABuilderWithASetterPerComponent() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : publicRecords()) {
            RecordComponent[] components = type.getRecordComponents();
            if (components.length < 6) {
                continue;
            }
            checked++;
            try {
                Method builder = type.getMethod("builder");
                assertTrue(Modifier.isStatic(builder.getModifiers()), type + ".builder() is static");
                Class<?> b = builder.getReturnType();
                type.getMethod("toBuilder");
                for (RecordComponent c : components) {
                    boolean found = Stream.of(b.getMethods()).anyMatch(m -> m.getName().equals(c.getName())
                            && m.getParameterCount() == 1 && m.getReturnType() == b
                            && !m.getParameterTypes()[0].equals(Optional.class));
                    if (!found) {
                        missing.add(type.getSimpleName() + ".Builder." + c.getName() + "(plain value)");
                    }
                }
                assertEquals(type, b.getMethod("build").getReturnType());
            } catch (NoSuchMethodException e) {
                missing.add(type.getSimpleName() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(checked >= 18, "records checked: " + checked);
    }

    private static List<Class<?>> publicRecords() throws IOException {
        List<Class<?>> found = new ArrayList<>();
        for (String pkg : List.of("org.localityworking.core.model", "org.localityworking.core.config")) {
            Path dir = Path.of("target", "classes").resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String name = pkg + "." + f.getFileName().toString().replace(".class", "");
                    try {
                        Class<?> c = Class.forName(name);
                        if (c.isRecord() && Modifier.isPublic(c.getModifiers())) {
                            found.add(c);
                        }
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        assertTrue(found.containsAll(Set.of(Asset.class, Grant.class, Story.class)), found.toString());
        return found;
    }
}
