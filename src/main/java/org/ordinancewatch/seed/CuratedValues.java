package org.ordinancewatch.seed;

import java.util.List;

import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.SourceRef;

/**
 * The values of a measure's curator-corrected fields, taken before a changed seed row is copied over it and put back
 * after: a correction made in the browser is not undone by the seed file.
 */
record CuratedValues(PartialDate decidedOn, PartialDate effectiveOn, PartialDate sunsetOn, MeasureKind kind,
        String scope, String vote, List<SourceRef> sources) {

    static CuratedValues of(Measure m) {
        return new CuratedValues(m.decidedOn, m.effectiveOn, m.sunsetOn, m.kind, m.scope, m.vote,
                m.sources.stream().map(s -> new SourceRef(m, s.position, s.label, s.url)).toList());
    }

    void restore(Measure m) {
        if (m.isCurated("decided_on")) {
            m.decidedOn = decidedOn;
        }
        if (m.isCurated("effective_on")) {
            m.effectiveOn = effectiveOn;
        }
        if (m.isCurated("sunset_on")) {
            m.sunsetOn = sunsetOn;
        }
        if (m.isCurated("kind")) {
            m.kind = kind;
        }
        if (m.isCurated("scope")) {
            m.scope = scope;
        }
        if (m.isCurated("vote")) {
            m.vote = vote;
        }
        if (m.isCurated("sources")) {
            m.replaceSources(sources);
        }
    }
}
