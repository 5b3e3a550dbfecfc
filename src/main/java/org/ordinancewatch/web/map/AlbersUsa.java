package org.ordinancewatch.web.map;

/**
 * d3-geo's {@code geoAlbersUsa}, the projection us-atlas drew the state shapes with: the lower 48 states, with
 * Alaska and Hawaii as insets. A place outside all three areas (Puerto Rico, Paris) has no position.
 */
public final class AlbersUsa {

    private static final double EPSILON = 1e-6;

    private final ConicEqualArea lower48;
    private final ConicEqualArea alaska;
    private final ConicEqualArea hawaii;

    public AlbersUsa(double scale, double translateX, double translateY) {
        double k = scale;
        double x = translateX;
        double y = translateY;
        lower48 = new ConicEqualArea(29.5, 45.5, 96, -0.6, 38.7, k, x, y,
                new double[] {x - 0.455 * k, y - 0.238 * k, x + 0.455 * k, y + 0.238 * k});
        alaska = new ConicEqualArea(55, 65, 154, -2, 58.5, k * 0.35, x - 0.307 * k, y + 0.201 * k,
                new double[] {x - 0.425 * k + EPSILON, y + 0.120 * k + EPSILON, x - 0.214 * k - EPSILON,
                        y + 0.234 * k - EPSILON});
        hawaii = new ConicEqualArea(8, 18, 157, -3, 19.9, k, x - 0.205 * k, y + 0.212 * k,
                new double[] {x - 0.214 * k + EPSILON, y + 0.166 * k + EPSILON, x - 0.115 * k - EPSILON,
                        y + 0.234 * k - EPSILON});
    }

    /** The projection of us-atlas's {@code states-albers-10m.json}: a 975×610 surface. */
    public static AlbersUsa usAtlas() {
        return new AlbersUsa(1300, 487.5, 305);
    }

    /** Where the place falls on the map, or null when it is outside the lower 48, Alaska and Hawaii. */
    public MapPoint project(double lon, double lat) {
        MapPoint p = lower48.project(lon, lat);
        if (p == null) {
            p = alaska.project(lon, lat);
        }
        return p != null ? p : hawaii.project(lon, lat);
    }
}
