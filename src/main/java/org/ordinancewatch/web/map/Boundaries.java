package org.ordinancewatch.web.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged boundary files (see {@code src/main/map/LICENSE.md}): US states in {@link AlbersUsa}, countries
 * and the European Union in {@link EqualEarth}, each shape an SVG path keyed by postal or ISO 3166-1 code.
 */
public final class Boundaries {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shape(String code, String name, String d) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UsFile(int width, int height, String outline, List<Shape> shapes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WorldFile(int width, int height, double scale, double[] translate, String sphere, Shape eu,
            List<Shape> shapes) {
    }

    /** One map: its surface, its background outline, its shapes by code and how places are placed on it. */
    public record Sheet(int width, int height, String outline, Map<String, Shape> shapes,
            Function<double[], MapPoint> projection) {

        /** Where a place (longitude, latitude) falls, or null when it is off this sheet. */
        public MapPoint place(double lon, double lat) {
            return projection.apply(new double[] {lon, lat});
        }
    }

    private static final Boundaries INSTANCE = load();

    private final Sheet unitedStates;
    private final Sheet world;

    private Boundaries(Sheet unitedStates, Sheet world) {
        this.unitedStates = unitedStates;
        this.world = world;
    }

    public static Boundaries get() {
        return INSTANCE;
    }

    /** US states by postal code ("CA"), on a 975×610 surface. */
    public Sheet unitedStates() {
        return unitedStates;
    }

    /** Countries by ISO alpha-2 code ("IT"), and the European Union as "EU". */
    public Sheet world() {
        return world;
    }

    private static Boundaries load() {
        ObjectMapper json = new ObjectMapper();
        UsFile us = read(json, "map/us-states.json", UsFile.class);
        WorldFile w = read(json, "map/world-countries.json", WorldFile.class);
        AlbersUsa albers = AlbersUsa.usAtlas();
        EqualEarth equalEarth = new EqualEarth(w.scale(), w.translate()[0], w.translate()[1]);
        List<Shape> countries = new java.util.ArrayList<>(w.shapes());
        countries.add(w.eu());
        return new Boundaries(
                new Sheet(us.width(), us.height(), us.outline(), byCode(us.shapes()), p -> albers.project(p[0], p[1])),
                new Sheet(w.width(), w.height(), w.sphere(), byCode(countries),
                        p -> equalEarth.project(p[0], p[1])));
    }

    /** Sorted by code, so a page drawn from them is the same bytes every time. */
    private static Map<String, Shape> byCode(List<Shape> shapes) {
        return java.util.Collections.unmodifiableMap(shapes.stream()
                .collect(Collectors.toMap(Shape::code, Function.identity(), (a, b) -> a, java.util.TreeMap::new)));
    }

    private static <T> T read(ObjectMapper json, String resource, Class<T> type) {
        try (InputStream in = Boundaries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("map boundary file " + resource + " is missing from the build");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read map boundary file " + resource, e);
        }
    }
}
