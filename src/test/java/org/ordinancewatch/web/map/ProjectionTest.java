package org.ordinancewatch.web.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The Java projections place points where d3-geo does (samples written by src/main/map/build.mjs). */
class ProjectionTest {

    private static JsonNode samples() throws Exception {
        try (InputStream in = ProjectionTest.class.getClassLoader().getResourceAsStream("map/projection-samples.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void albersUsaMatchesD3IncludingInsetsAndPlacesOffTheMap() throws Exception {
        AlbersUsa albers = AlbersUsa.usAtlas();
        List<String> off = new ArrayList<>();
        for (JsonNode s : samples().get("albersUsa")) {
            MapPoint p = albers.project(s.get("lon").asDouble(), s.get("lat").asDouble());
            if (s.get("xy").isNull()) {
                assertThat(p).as("d3 leaves %s off the map", s).isNull();
                off.add(s.get("lon").asText());
            } else {
                assertThat(p).as("d3 places %s", s).isNotNull();
                assertThat(p.x()).as("x of %s", s).isCloseTo(s.get("xy").get(0).asDouble(), within(1e-6));
                assertThat(p.y()).as("y of %s", s).isCloseTo(s.get("xy").get(1).asDouble(), within(1e-6));
            }
        }
        assertThat(off).as("Paris, Rome and other places abroad are off the US map").hasSizeGreaterThan(5);
    }

    @Test
    void anchorageAndHonoluluFallInTheirInsets() {
        AlbersUsa albers = AlbersUsa.usAtlas();
        MapPoint anchorage = albers.project(-149.9003, 61.2181);
        MapPoint honolulu = albers.project(-157.8583, 21.3069);
        assertThat(anchorage.x()).isLessThan(250);
        assertThat(anchorage.y()).isGreaterThan(450);
        assertThat(honolulu.x()).isBetween(250.0, 350.0);
        assertThat(honolulu.y()).isGreaterThan(500);
    }

    @Test
    void equalEarthMatchesD3() throws Exception {
        JsonNode ee = samples().get("equalEarth");
        EqualEarth projection = new EqualEarth(ee.get("scale").asDouble(), ee.get("translate").get(0).asDouble(),
                ee.get("translate").get(1).asDouble());
        for (JsonNode s : ee.get("points")) {
            MapPoint p = projection.project(s.get("lon").asDouble(), s.get("lat").asDouble());
            assertThat(p.x()).as("x of %s", s).isCloseTo(s.get("xy").get(0).asDouble(), within(1e-6));
            assertThat(p.y()).as("y of %s", s).isCloseTo(s.get("xy").get(1).asDouble(), within(1e-6));
        }
    }

    @Test
    void packagedBoundariesHoldEveryStateTheCountriesAndTheEu() {
        Boundaries b = Boundaries.get();
        assertThat(b.unitedStates().shapes()).hasSize(51).containsKeys("CA", "MA", "DC", "AK", "HI");
        assertThat(b.unitedStates().shapes().get("VT").name()).isEqualTo("Vermont");
        assertThat(b.unitedStates().shapes().get("VT").d()).startsWith("M");
        assertThat(b.world().shapes()).containsKeys("US", "IT", "GB", "CA", "BR", "AR", "MA", "AU", "IN", "EU");
        assertThat(b.world().shapes().get("EU").name()).isEqualTo("European Union");
        assertThat(b.world().width()).isEqualTo(960);
        MapPoint rome = b.world().place(12.4964, 41.9028);
        assertThat(rome.x()).isBetween(480.0, 560.0);
        assertThat(b.unitedStates().place(2.35, 48.85)).isNull();
    }
}
