package org.ordinancewatch.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A legislative file (bill, ordinance, resolution) as a source describes it.
 *
 * @param identifier   the file number ("Int 0487-2018", "O2020-1234")
 * @param title        its title or name
 * @param type         the file type as printed ("Ordinance", "Resolution"), or null
 * @param statusText   the status as the source prints it ("Enacted", "In Committee"), or null
 * @param introducedOn date introduced or filed, or null
 * @param finalActionOn date of final action, or null
 * @param sponsors     sponsor names
 * @param url          its detail page, or null
 * @param history      its history rows, oldest first, where the page carries them
 */
public record MeasureRecord(String identifier, String title, String type, String statusText, LocalDate introducedOn,
        LocalDate finalActionOn, List<String> sponsors, String url, List<HistoryEntry> history) {

    public MeasureRecord {
        sponsors = sponsors == null ? List.of() : List.copyOf(sponsors);
        history = history == null ? List.of() : List.copyOf(history);
    }
}
