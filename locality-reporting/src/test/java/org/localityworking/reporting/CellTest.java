package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Money;

/** Typed cells: what a reader sees (en-GB, whatever the JVM's locale) and what CSV and JSON carry. */
class CellTest {

    @Test
    void eachTypeShowsItselfInTheEnGbStyleAndCarriesItsValue() {
        Locale was = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // 1.463,5 there: the cells must not follow it
        try {
            List<Cell> cells = List.of(Cell.of("Sale"), Cell.of(1463), Cell.of(new BigDecimal("1234.50")),
                    Cell.of(Money.pence(360_000)), Cell.of(LocalDate.of(2016, 3, 1)),
                    new Cell.Link("Trafford", "https://www.trafford.gov.uk/"));
            assertEquals(List.of("Sale", "1,463", "1,234.5", "£3,600.00", "1 March 2016", "Trafford"),
                    cells.stream().map(Cell::display).toList());
            assertEquals(List.of("Sale", "1463", "1234.5", "3600.00", "2016-03-01", "https://www.trafford.gov.uk/"),
                    cells.stream().map(Cell::raw).toList());
        } finally {
            Locale.setDefault(was);
        }
    }

    @Test
    void aLinkGoesOnlyToAWebAddressAndANumberIsFinite() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Cell.Link("Click", "javascript:alert(1)"));
        assertEquals("Cell.link.href", e.field());
        assertThrows(ValidationException.class, () -> new Cell.Link("Here", "/relative/page.html"));
        ValidationException nan = assertThrows(ValidationException.class, () -> Cell.of(Double.NaN));
        assertEquals("Cell.number", nan.field());
    }

    @Test
    void aTableOfValuesHasTypedCellsAndRowsAsWideAsItsHeaders() {
        Table t = Table.of("Grants", List.of("Scheme", "Grants", "Total"), List.of(List.of("M16", 16, Money.pounds(3600))));
        assertEquals(List.of(Cell.Text.class, Cell.Count.class, Cell.Amount.class),
                t.rows().get(0).stream().map(Object::getClass).toList());
        ValidationException e = assertThrows(ValidationException.class,
                () -> Table.of("Grants", List.of("Scheme", "Grants"), List.of(List.of("M16"))));
        assertEquals("Table.rows[0]", e.field());
    }

    @Test
    void aMissingRowOrCellIsNamedByItsPlace() {
        List<Cell> whole = List.of(new Cell.Text("a"), new Cell.Count(1));
        List<Cell> holed = java.util.Arrays.asList(new Cell.Text("a"), null);
        ValidationException row = assertThrows(ValidationException.class,
                () -> new Table("T", List.of("A", "B"), java.util.Arrays.asList(whole, null)));
        assertEquals(List.of("Table.rows[1]", "is required"), List.of(row.field(), row.rule()));
        ValidationException cell = assertThrows(ValidationException.class,
                () -> new Table("T", List.of("A", "B"), List.of(whole, whole, holed)));
        assertEquals(List.of("Table.rows[2][1]", "list elements are required"), List.of(cell.field(), cell.rule()));
    }

    @Test
    void aCountIsGroupedAsTheFormatterGroupsIt() {
        java.util.Random random = new java.util.Random(31);
        List<Long> values = new java.util.ArrayList<>(List.of(0L, 7L, -7L, 999L, 1000L, -1000L, 999_999L, 1_000_000L,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
        for (int i = 0; i < 20_000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        for (long v : values) {
            assertEquals(String.format(Locale.UK, "%,d", v), new Cell.Count(v).display(), Long.toString(v));
        }
    }
}
