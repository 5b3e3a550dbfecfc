package org.ordinancewatch.sunset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SunsetExpiryTest {

    @Inject
    SunsetExpiry expiry;

    @Inject
    Scheduler scheduler;

    @Test
    @TestTransaction
    void moratoriumExpiresWhenItsSunsetArrivesInItsOwnTimeZone() {
        Measure m = moratorium("2027-03-31", Status.IN_FORCE);
        // 06:00 UTC on the 31st is still the 30th in Seattle.
        assertThat(expiry.expireLapsed(Instant.parse("2027-03-31T06:00:00Z"))).isEmpty();
        assertThat(m.status).isEqualTo(Status.IN_FORCE);

        List<StatusChange> changes = expiry.expireLapsed(Instant.parse("2027-03-31T08:00:00Z"));

        assertThat(changes).hasSize(1);
        assertThat(m.status).isEqualTo(Status.EXPIRED);
        StatusChange c = changes.get(0);
        assertThat(c.fromStatus).isEqualTo(Status.IN_FORCE);
        assertThat(c.toStatus).isEqualTo(Status.EXPIRED);
        assertThat(c.reason).isEqualTo("rule:sunset-reached");
        assertThat(c.occurredOn.toString()).isEqualTo("2027-03-31");
        assertThat(m.statusOn.toString()).isEqualTo("2027-03-31");
    }

    @Test
    @TestTransaction
    void expiryIsRecordedOnce() {
        Measure m = moratorium("2027-03-31", Status.IN_FORCE);
        expiry.expireLapsed(Instant.parse("2027-04-02T00:00:00Z"));
        assertThat(expiry.expireLapsed(Instant.parse("2027-04-03T00:00:00Z"))).isEmpty();
        assertThat(StatusChange.timeline(m)).hasSize(1);
    }

    @Test
    @TestTransaction
    void monthOnlySunsetWaitsForTheEndOfTheMonth() {
        Measure m = moratorium("2027-03", Status.IN_FORCE);
        assertThat(expiry.expireLapsed(Instant.parse("2027-03-15T12:00:00Z"))).isEmpty();
        assertThat(expiry.expireLapsed(Instant.parse("2027-03-31T12:00:00Z"))).hasSize(1);
        assertThat(m.status).isEqualTo(Status.EXPIRED);
    }

    @Test
    @TestTransaction
    void measuresNoLongerInEffectAreLeftAlone() {
        Measure m = moratorium("2020-01-01", Status.REPEALED);
        assertThat(expiry.expireLapsed(Instant.parse("2027-01-01T00:00:00Z"))).isEmpty();
        assertThat(m.status).isEqualTo(Status.REPEALED);
    }

    @Test
    @TestTransaction
    void weakenedMoratoriumStillExpires() {
        Measure m = moratorium("2024-06-30", Status.WEAKENED);
        assertThat(expiry.expireLapsed(Instant.parse("2026-11-23T00:00:00Z"))).hasSize(1);
        assertThat(m.status).isEqualTo(Status.EXPIRED);
    }

    @Test
    @TestTransaction
    void aRegulationWithASunsetDateStaysInForce() {
        // Colorado SB22-113: the sunset dates only its pause on school contracts; the law itself goes on.
        Measure regulation = measure("2025-07", Status.IN_FORCE, MeasureKind.REGULATION);
        Measure ban = measure("2025-07", Status.PASSED, MeasureKind.BAN);

        assertThat(expiry.expireLapsed(Instant.parse("2026-11-23T00:00:00Z"))).isEmpty();

        assertThat(regulation.status).isEqualTo(Status.IN_FORCE);
        assertThat(ban.status).isEqualTo(Status.PASSED);
        assertThat(StatusChange.timeline(regulation)).isEmpty();
    }

    @Test
    @TestTransaction
    void theSeededColoradoLawIsNotExpiredByItsSchoolSunset() {
        Measure colorado = Measure.<Measure>find("slug", "colorado-regulation-2022").firstResultOptional().orElseThrow();
        assertThat(colorado.sunsetOn).hasToString("2025-07");
        assertThat(colorado.status).isEqualTo(Status.IN_FORCE);
    }

    @Test
    @TestTransaction
    void anExtendedMoratoriumRunsUntilItsExtensionsSunset() {
        // Italy: the 2021 moratorium ran to 2023-12-31; a 2023 decree-law extended it to 2025-12-31.
        Measure first = moratorium("2023-12-31", Status.IN_FORCE);
        Measure extension = moratorium("2025-12-31", Status.PASSED);
        org.ordinancewatch.model.MeasureLink link = new org.ordinancewatch.model.MeasureLink();
        link.fromMeasure = extension;
        link.toMeasure = first;
        link.relation = org.ordinancewatch.model.Relation.EXTENDS;
        link.persist();

        assertThat(expiry.expireLapsed(Instant.parse("2024-06-01T00:00:00Z"))).isEmpty();
        assertThat(first.status).isEqualTo(Status.IN_FORCE);

        List<StatusChange> changes = expiry.expireLapsed(Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(changes).extracting(c -> c.measure).containsExactlyInAnyOrder(first, extension);
        assertThat(first.statusOn).hasToString("2025-12-31");
        assertThat(StatusChange.timeline(first).get(0).sourceLabel).contains("set by its extension");
    }

    @Test
    @TestTransaction
    void aSunsetReachedEastOfUtcExpiresWhileUtcIsStillTheDayBefore() {
        Measure m = moratorium("2027-03-31", Status.IN_FORCE);
        m.jurisdiction = kiritimati();
        // 11:00 UTC on the 30th is already the 31st at UTC+14.
        assertThat(expiry.expireLapsed(Instant.parse("2027-03-30T09:00:00Z"))).isEmpty();
        assertThat(expiry.expireLapsed(Instant.parse("2027-03-30T11:00:00Z"))).extracting(c -> c.measure)
                .containsExactly(m);
    }

    @Test
    @TestTransaction
    void moratoriumsWhoseSunsetIsStillAheadAreNotLoaded() {
        moratorium("2027-04-01", Status.IN_FORCE);
        moratorium("2027-04", Status.IN_FORCE);
        Measure lapsed = moratorium("2027-03", Status.IN_FORCE);

        assertThat(Measure.withSunsetStillInEffectBy(PartialDate.parse("2027-03-31")))
                .filteredOn(m -> m.slug.startsWith("test-")).containsExactly(lapsed);
    }

    @Test
    void expiryRunsOnTheClusteredScheduler() {
        assertThat(scheduler.getScheduledJob("sunset-expiry")).isNotNull();
    }

    private static Jurisdiction kiritimati() {
        Jurisdiction j = new Jurisdiction();
        j.slug = "test-kiritimati-" + System.nanoTime();
        j.name = "Kiritimati";
        j.level = org.ordinancewatch.model.Level.CITY;
        j.country = "KI";
        j.timezone = "Pacific/Kiritimati";
        j.updatedAt = Instant.parse("2020-01-01T00:00:00Z");
        j.persist();
        return j;
    }

    private static Measure moratorium(String sunset, Status status) {
        return measure(sunset, status, MeasureKind.MORATORIUM);
    }

    private static Measure measure(String sunset, Status status, MeasureKind kind) {
        Jurisdiction seattle = Jurisdiction.findBySlug("seattle-wa").orElseThrow();
        Measure m = new Measure();
        m.slug = "test-moratorium-" + System.nanoTime();
        m.jurisdiction = seattle;
        m.title = "Test moratorium";
        m.kind = kind;
        m.status = status;
        m.sunsetOn = PartialDate.parse(sunset);
        m.origin = Measure.Origin.SEED;
        m.createdAt = Instant.parse("2020-01-01T00:00:00Z");
        m.updatedAt = m.createdAt;
        m.persist();
        return m;
    }
}
