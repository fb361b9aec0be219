package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where a ward (or a locality's part of one) sits on the council's own hex map, in HexJSON's {@code odd-r}
 * offset coordinates: {@code q} the column, {@code r} the row counting upwards (north up), odd rows half a hex to
 * the right.
 *
 * @param q the column
 * @param r the row
 */
@API(status = STABLE, since = "1.1")
public record HexPlace(int q, int r) {
}
