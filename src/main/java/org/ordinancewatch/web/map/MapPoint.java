package org.ordinancewatch.web.map;

/** A point on a map's drawing surface, in the SVG viewBox's units (y grows downwards). */
public record MapPoint(double x, double y) {
}
