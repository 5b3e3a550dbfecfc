package org.ordinancewatch.alert.subscriptions;

import java.util.List;

import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;

/** What the manage page offers to follow: everything, each region, each jurisdiction, each measure. */
public final class ScopeChoices {

    /** One option of the scope list: its form code and what it says. */
    public record Option(String value, String label) {
    }

    /** Options under one heading. */
    public record Group(String label, List<Option> options) {
    }

    private ScopeChoices() {
    }

    /** Runs inside a transaction. */
    public static List<Group> all() {
        return List.of(
                new Group("Everything", List.of(new Option(Scope.EVERYTHING.code(), "All tracked jurisdictions"))),
                new Group("Regions", Jurisdiction.regions().stream()
                        .map(r -> new Option(new Followed(Scope.REGION, r).code(), "Region " + r)).toList()),
                new Group("Jurisdictions", Jurisdiction.listByName().stream()
                        .map(j -> new Option(new Followed(Scope.JURISDICTION, j.slug).code(), j.displayName())).toList()),
                new Group("Measures", Measure.listByJurisdictionAndTitle().stream()
                        .map(m -> new Option(new Followed(Scope.MEASURE, m.slug).code(),
                                m.jurisdiction.displayName() + ": " + m.title))
                        .toList()));
    }
}
