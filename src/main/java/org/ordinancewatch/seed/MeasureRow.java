package org.ordinancewatch.seed;

import java.util.List;

import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.Relation;
import org.ordinancewatch.model.Status;

/** One line of the measures file, validated. {@code fingerprint} changes whenever any cell does. */
public record MeasureRow(String file, int line, String slug, String jurisdiction, String identifier, String title,
        MeasureKind kind, String scope, Status status, PartialDate statusOn, PartialDate decidedOn,
        PartialDate effectiveOn, PartialDate sunsetOn, String vote, String related, List<LinkCell> links,
        List<SourceCell> sources, String notes, String fingerprint) {

    /** {@code official}: the government's own record of the measure (or its text), marked {@code [official]} in the file. */
    public record SourceCell(String label, String url, boolean official) {

        public SourceCell(String label, String url) {
            this(label, url, false);
        }
    }

    public record LinkCell(Relation relation, String measure) {
    }

    public String origin() {
        return file + " line " + line;
    }
}
