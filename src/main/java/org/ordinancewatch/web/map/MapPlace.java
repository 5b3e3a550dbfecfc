package org.ordinancewatch.web.map;

import org.ordinancewatch.model.Level;
import org.ordinancewatch.model.Status;

/** A place as the map draws it: where it links, what it is called, how many measures match and its headline status. */
public record MapPlace(String slug, String name, Level level, String region, String country, Double latitude,
        Double longitude, int measures, Status headline) {

    /** The CSS class that colours its shape or marker: {@code fill-in-force}, or {@code fill-none} with no measure. */
    public String fillClass() {
        return headline == null ? "fill-none" : "fill-" + headline.code().replace('_', '-');
    }

    public String tooltip() {
        String what = headline == null ? "no measure yet"
                : headline.label() + (measures > 1 ? " (" + measures + " measures)" : "");
        return name + " — " + what;
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
