package org.ordinancewatch.ingest;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.source.SourceDefinition;

/** Keeps each source's health: last attempt and success, error, pages and items, and the zero-items alarm. */
@ApplicationScoped
public class SourceHealthRecorder {

    private static final Logger LOG = Logger.getLogger(SourceHealthRecorder.class);

    @Transactional
    public void record(SourceDefinition source, long jurisdictionId, Instant started, SourceRunner.Report report) {
        SourceHealth h = SourceHealth.findBySource(source.name()).orElseGet(() -> {
            SourceHealth fresh = new SourceHealth();
            fresh.sourceName = source.name();
            fresh.jurisdiction = Jurisdiction.findById(jurisdictionId);
            fresh.persist();
            return fresh;
        });
        h.lastAttemptAt = started;
        if (report.error() == null) {
            h.lastSuccessAt = started;
            h.lastError = report.failedPages() == 0 ? null
                    : truncate(report.failedPages() + " page(s) failed; first: " + report.warnings().get(0));
            h.counted(report.pages(), report.stats().meetings(), report.stats().items(), report.stats().relevantItems());
        } else {
            h.lastError = truncate(report.error());
        }
        if (h.zeroItemsAlarm) {
            LOG.warnf("%s yielded %d meetings and %d agenda items this run, after %d and %d before: check the scraper",
                    source.name(), h.meetings, h.items, h.previousMeetings, h.previousItems);
        }
    }

    private static String truncate(String s) {
        int width = SourceHealth.LAST_ERROR_WIDTH;
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
