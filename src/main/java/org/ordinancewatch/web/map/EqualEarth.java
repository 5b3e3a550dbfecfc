package org.ordinancewatch.web.map;

/** d3-geo's {@code geoEqualEarth} (Šavrič, Patterson and Jenny, 2018), with the scale and offset it was fitted with. */
public final class EqualEarth {

    private static final double A1 = 1.340264;
    private static final double A2 = -0.081106;
    private static final double A3 = 0.000893;
    private static final double A4 = 0.003796;
    private static final double M = Math.sqrt(3) / 2;

    private final double scale;
    private final double translateX;
    private final double translateY;

    public EqualEarth(double scale, double translateX, double translateY) {
        this.scale = scale;
        this.translateX = translateX;
        this.translateY = translateY;
    }

    public MapPoint project(double lon, double lat) {
        double lambda = Math.toRadians(lon);
        double l = Math.asin(M * Math.sin(Math.toRadians(lat)));
        double l2 = l * l;
        double l6 = l2 * l2 * l2;
        double x = lambda * Math.cos(l) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2)));
        double y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
        return new MapPoint(translateX + scale * x, translateY - scale * y);
    }
}
