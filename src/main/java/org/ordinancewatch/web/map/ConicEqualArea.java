package org.ordinancewatch.web.map;

/**
 * Albers' conic equal-area projection as d3-geo defines it ({@code d3.geoConicEqualArea}): the point is rotated
 * by {@code rotateLon} degrees, projected, scaled and translated so that {@code center} (in rotated degrees)
 * lands on {@code translate}. Points outside the clip rectangle have no position ({@code null}).
 */
final class ConicEqualArea {

    private final double n;
    private final double c;
    private final double r0;
    private final double rotate;
    private final double k;
    private final double dx;
    private final double dy;
    private final double[] clip;

    /** {@code clip} is {x0, y0, x1, y1}. */
    ConicEqualArea(double parallel0, double parallel1, double rotateLon, double centerLon, double centerLat,
            double scale, double translateX, double translateY, double[] clip) {
        double sy0 = Math.sin(Math.toRadians(parallel0));
        this.n = (sy0 + Math.sin(Math.toRadians(parallel1))) / 2;
        this.c = 1 + sy0 * (2 * n - sy0);
        this.r0 = Math.sqrt(c) / n;
        this.rotate = Math.toRadians(rotateLon);
        this.k = scale;
        double[] centre = raw(Math.toRadians(centerLon), Math.toRadians(centerLat));
        this.dx = translateX - k * centre[0];
        this.dy = translateY + k * centre[1];
        this.clip = clip;
    }

    private double[] raw(double lambda, double phi) {
        double r = Math.sqrt(c - 2 * n * Math.sin(phi)) / n;
        double x = lambda * n;
        return new double[] {r * Math.sin(x), r0 - r * Math.cos(x)};
    }

    MapPoint project(double lon, double lat) {
        double lambda = Math.toRadians(lon) + rotate;
        if (lambda > Math.PI) {
            lambda -= 2 * Math.PI;
        } else if (lambda < -Math.PI) {
            lambda += 2 * Math.PI;
        }
        double[] p = raw(lambda, Math.toRadians(lat));
        double x = dx + k * p[0];
        double y = dy - k * p[1];
        return x >= clip[0] && x <= clip[2] && y >= clip[1] && y <= clip[3] ? new MapPoint(x, y) : null;
    }
}
