package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A point on the earth in WGS 84 degrees, as GeoJSON uses.
 *
 * @param latitude  -90 to 90
 * @param longitude -180 to 180
 */
@API(status = STABLE, since = "1.0")
public record GeoPoint(double latitude, double longitude) {
    public GeoPoint {
        Checks.between("GeoPoint.latitude", latitude, -90.0, 90.0);
        Checks.between("GeoPoint.longitude", longitude, -180.0, 180.0);
    }
}
