package org.ordinancewatch.web.map;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws one sheet as inline SVG: every boundary, the shaded ones linking to their place, then a linked marker per
 * place. Plain string building, because a template loop over 2,000 markers costs more than the page is worth.
 */
public final class SvgMap {

    private SvgMap() {
    }

    /**
     * @param shaded  places drawn as their own shape, keyed by the sheet's shape code ("CA", "DE", "EU")
     * @param markers places drawn as a dot at their coordinates, already known to fall on this sheet
     */
    public static String draw(Boundaries.Sheet sheet, String id, String title, Map<String, MapPlace> shaded,
            List<Positioned> markers) {
        StringBuilder svg = new StringBuilder(4096 + markers.size() * 160);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" id=\"").append(id)
                .append("\" viewBox=\"0 0 ").append(sheet.width()).append(' ').append(sheet.height())
                .append("\" role=\"group\" aria-labelledby=\"").append(id).append("-title\">")
                .append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>");
        svg.append("<path class=\"outline\" d=\"").append(sheet.outline()).append("\"/>");
        svg.append("<g class=\"shapes\">");
        for (Boundaries.Shape shape : sheet.shapes().values()) {
            MapPlace place = shaded.get(shape.code());
            if ("EU".equals(shape.code()) && place == null) {
                continue; // the member states are drawn already; the union's outline only matters when it is shaded
            }
            if (place == null) {
                svg.append("<path class=\"shape\" d=\"").append(shape.d()).append("\"><title>")
                        .append(esc(shape.name())).append("</title></path>");
            } else {
                svg.append("<a href=\"/j/").append(esc(place.slug())).append("\"><path class=\"shape shaded ")
                        .append(place.fillClass()).append(" shape-").append(shape.code().toLowerCase(Locale.ROOT))
                        .append("\" data-slug=\"").append(esc(place.slug())).append("\" d=\"").append(shape.d())
                        .append("\"><title>").append(esc(place.tooltip())).append("</title></path></a>");
            }
        }
        svg.append("</g><g class=\"markers\">");
        for (Positioned m : markers) {
            MapPlace place = m.place();
            svg.append("<a href=\"/j/").append(esc(place.slug())).append("\"><circle class=\"marker ")
                    .append(place.fillClass()).append("\" data-slug=\"").append(esc(place.slug()))
                    .append("\" cx=\"").append(round(m.point().x())).append("\" cy=\"").append(round(m.point().y()))
                    .append("\" r=\"5\"><title>").append(esc(place.tooltip())).append("</title></circle></a>");
        }
        return svg.append("</g></svg>").toString();
    }

    /** A place with the point it falls on. */
    public record Positioned(MapPlace place, MapPoint point) {
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
