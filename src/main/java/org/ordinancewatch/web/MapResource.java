package org.ordinancewatch.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.ordinancewatch.model.Level;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.web.map.Boundaries;
import org.ordinancewatch.web.map.Headline;
import org.ordinancewatch.web.map.MapPlace;
import org.ordinancewatch.web.map.MapPoint;
import org.ordinancewatch.web.map.SvgMap;
import org.ordinancewatch.web.query.MapQueries;

/**
 * {@code /map}: every tracked place where it is, coloured by its headline status. States, countries and the EU are
 * shaded by their own measures; cities and counties are markers. Drawn on the server from packaged boundaries.
 */
@Path("/map")
@Produces(MediaType.TEXT_HTML)
public class MapResource {

    /** A legend line: the colour class, its words, and how many places wear it. */
    public record LegendEntry(String fillClass, String label, String meaning, long places) {
    }

    public record MapPage(MeasureFilter filter, List<Status> statuses, List<MeasureKind> kinds, String usSvg,
            String worldSvg, List<LegendEntry> legend, int shown, List<MapPlace> offMap) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(MapPage map);
    }

    private final MapQueries queries;

    public MapResource(MapQueries queries) {
        this.queries = queries;
    }

    @GET
    public TemplateInstance index(@QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("region") String region) {
        MeasureFilter filter = MeasureFilter.parse(status, kind, region, null);
        List<MapPlace> places = places(queries.places(filter));
        Boundaries.Sheet us = Boundaries.get().unitedStates();
        Boundaries.Sheet world = Boundaries.get().world();
        Map<String, MapPlace> states = new HashMap<>();
        Map<String, MapPlace> countries = new HashMap<>();
        List<SvgMap.Positioned> usMarkers = new ArrayList<>();
        List<SvgMap.Positioned> worldMarkers = new ArrayList<>();
        List<MapPlace> offMap = new ArrayList<>();
        for (MapPlace p : places) {
            boolean inUs = "US".equals(p.country());
            if (isState(p) && inUs && p.region() != null && us.shapes().containsKey(p.region())) {
                states.put(p.region(), p);
            } else if (isNational(p) && world.shapes().containsKey(p.country())) {
                countries.put(p.country(), p);
            } else if (!p.hasCoordinates()) {
                offMap.add(p);
            } else {
                MapPoint onUs = inUs ? us.place(p.longitude(), p.latitude()) : null;
                if (onUs != null) {
                    usMarkers.add(new SvgMap.Positioned(p, onUs));
                } else {
                    worldMarkers.add(new SvgMap.Positioned(p, world.place(p.longitude(), p.latitude())));
                }
            }
        }
        String usSvg = SvgMap.draw(us, "map-us", "United States: states shaded by their own measures, markers for "
                + "cities and counties", states, usMarkers);
        String worldSvg = countries.isEmpty() && worldMarkers.isEmpty() ? null
                : SvgMap.draw(world, "map-world", "World: countries and the European Union shaded by their own "
                        + "measures, markers for places outside the United States", countries, worldMarkers);
        return Templates.index(new MapPage(filter, Arrays.asList(Status.values()), Arrays.asList(MeasureKind.values()),
                usSvg, worldSvg, legend(places), places.size(), offMap));
    }

    /** Rows come ordered by slug, one per matching measure; a place keeps its first position. */
    private static List<MapPlace> places(List<MapQueries.PlaceRow> rows) {
        Map<String, List<MapQueries.PlaceRow>> bySlug = new LinkedHashMap<>();
        for (MapQueries.PlaceRow r : rows) {
            bySlug.computeIfAbsent(r.slug(), s -> new ArrayList<>()).add(r);
        }
        List<MapPlace> places = new ArrayList<>(bySlug.size());
        for (List<MapQueries.PlaceRow> group : bySlug.values()) {
            MapQueries.PlaceRow r = group.get(0);
            List<Status> statuses = group.stream().map(MapQueries.PlaceRow::status).toList();
            int measures = (int) statuses.stream().filter(s -> s != null).count();
            places.add(new MapPlace(r.slug(), displayName(r), r.level(), r.region(), r.country(), r.latitude(),
                    r.longitude(), measures, Headline.of(statuses)));
        }
        return places;
    }

    private static String displayName(MapQueries.PlaceRow r) {
        return isState(r.level()) || r.region() == null || !isLocal(r.level()) ? r.name() : r.name() + ", " + r.region();
    }

    private static List<LegendEntry> legend(List<MapPlace> places) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        long none = 0;
        for (MapPlace p : places) {
            if (p.headline() == null) {
                none++;
            } else {
                counts.merge(p.headline(), 1L, Long::sum);
            }
        }
        List<LegendEntry> legend = new ArrayList<>();
        for (Status s : Status.values()) {
            legend.add(new LegendEntry("fill-" + s.code().replace('_', '-'), s.label(), s.meaning(),
                    counts.getOrDefault(s, 0L)));
        }
        if (none > 0) {
            legend.add(new LegendEntry("fill-none", "No measure yet", "Agenda sources are watched; nothing tracked yet.",
                    none));
        }
        return legend;
    }

    private static boolean isState(MapPlace p) {
        return isState(levelOf(p));
    }

    private static boolean isState(Level level) {
        return level == Level.STATE;
    }

    private static boolean isLocal(Level level) {
        return level == Level.CITY || level == Level.TOWN || level == Level.COUNTY;
    }

    /** A country, or any tier above one (the European Union), is shaded by its ISO code on the world sheet. */
    private static boolean isNational(MapPlace p) {
        Level level = levelOf(p);
        return !isLocal(level) && !isState(level);
    }

    private static Level levelOf(MapPlace p) {
        return p.level();
    }
}
