package org.ordinancewatch.seed;

import java.util.List;

public record SeedData(List<JurisdictionRow> jurisdictions, List<MeasureRow> measures) {
}
