package org.ordinancewatch.web.scale;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Adds rows to the seeded data for tests that compare a route's cost at two sizes: more places, measures, sources,
 * status changes, links, meetings and agenda items everywhere, and more of each on one seeded place and measure
 * (the ones whose pages are measured). Everything added is named {@code grow-…} and removed by {@link #remove}.
 */
final class GrowData {

    private GrowData() {
    }

    /** Places numbered {@code from} to {@code to} (exclusive), and one extra of each per place on the seeded ones. */
    static void add(EntityManager em, int from, int to, String seededPlace, String seededMeasure) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = from; i < to; i++) {
                String j = "grow-" + i;
                em.createNativeQuery("insert into jurisdiction (slug, name, level, region, country, latitude, longitude,"
                        + " timezone, updated_at) values (?1, ?2, 'city', 'KS', 'US', 38.5, -98.0, 'America/Chicago',"
                        + " current_timestamp)").setParameter(1, j).setParameter(2, "Grow " + i).executeUpdate();
                for (int k = 0; k < 3; k++) {
                    measure(em, j, j + "-m" + k, k == 0 ? "in_force" : "proposed");
                }
                meeting(em, j, j + "-meeting", i + 1, j + "-m0");
            }
            int extraFrom = from / 15;
            int extraTo = to / 15;
            for (int k = extraFrom; k < extraTo; k++) {
                measure(em, seededPlace, "grow-extra-" + k, "in_committee");
            }
            for (int k = extraFrom; k < extraTo; k++) {
                em.createNativeQuery("insert into measure_source (measure_id, position, label, url) select id, ?2, ?3,"
                        + " 'https://example.org/grow' from measure where slug = ?1").setParameter(1, seededMeasure)
                        .setParameter(2, 100 + k).setParameter(3, "Grow source " + k).executeUpdate();
                em.createNativeQuery("insert into status_change (measure_id, from_status, to_status, recorded_at, reason)"
                        + " select id, 'proposed', 'in_committee', current_timestamp, 'grow' from measure where slug = ?1")
                        .setParameter(1, seededMeasure).executeUpdate();
                em.createNativeQuery("insert into measure_link (from_measure_id, to_measure_id, relation) select f.id,"
                        + " t.id, 'related' from measure f, measure t where f.slug = ?1 and t.slug = ?2")
                        .setParameter(1, seededMeasure).setParameter(2, "grow-extra-" + k).executeUpdate();
                meeting(em, seededPlace, "grow-seeded-meeting-" + k, 2 * k - 1, seededMeasure);
            }
        });
    }

    private static void measure(EntityManager em, String place, String slug, String status) {
        em.createNativeQuery("insert into measure (slug, jurisdiction_id, title, kind, status, origin, decided_on,"
                + " created_at, updated_at) select ?1, id, ?2, 'ban', ?3, 'SEED', '2024-05', current_timestamp,"
                + " current_timestamp from jurisdiction where slug = ?4").setParameter(1, slug)
                .setParameter(2, "Grow measure " + slug).setParameter(3, status).setParameter(4, place).executeUpdate();
        for (int s = 0; s < 2; s++) {
            em.createNativeQuery("insert into measure_source (measure_id, position, label, url) select id, ?2, 'Grow',"
                    + " 'https://example.org/m' from measure where slug = ?1").setParameter(1, slug).setParameter(2, s)
                    .executeUpdate();
            em.createNativeQuery("insert into status_change (measure_id, from_status, to_status, occurred_on,"
                    + " recorded_at, reason) select id, null, ?2, '2024-05-01', current_timestamp, 'grow' from measure"
                    + " where slug = ?1").setParameter(1, slug).setParameter(2, status).executeUpdate();
        }
    }

    /** A meeting {@code daysFromNow} away with five items, the first relevant and on {@code measure}'s agenda. */
    private static void meeting(EntityManager em, String place, String key, int daysFromNow, String measure) {
        em.createNativeQuery("insert into meeting (jurisdiction_id, source_key, body, title, start_at, status,"
                + " first_seen_at, updated_at) select id, ?2, 'City Council', 'Regular meeting', ?3, 'SCHEDULED',"
                + " current_timestamp, current_timestamp from jurisdiction where slug = ?1").setParameter(1, place)
                .setParameter(2, key).setParameter(3, java.time.OffsetDateTime.now().plusDays(daysFromNow).withNano(0))
                .executeUpdate();
        for (int i = 0; i < 5; i++) {
            em.createNativeQuery("insert into agenda_item (meeting_id, item_key, title, relevant, matched_terms,"
                    + " measure_id, first_seen_at) select mt.id, ?2, ?3, ?4, ?5, (select id from measure where slug = ?6),"
                    + " current_timestamp from meeting mt where mt.source_key = ?1").setParameter(1, key)
                    .setParameter(2, key + "-" + i).setParameter(3, i == 0 ? "Face recognition ordinance" : "Budget item " + i)
                    .setParameter(4, i == 0).setParameter(5, i == 0 ? "face recognition" : null)
                    .setParameter(6, i == 0 ? measure : "none").executeUpdate();
        }
    }

    static void remove(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from agenda_item where item_key like 'grow-%'").executeUpdate();
            em.createNativeQuery("delete from meeting where source_key like 'grow-%'").executeUpdate();
            em.createNativeQuery("delete from measure_link where to_measure_id in (select id from measure where slug like 'grow-%')")
                    .executeUpdate();
            em.createNativeQuery("delete from status_change where reason = 'grow'").executeUpdate();
            em.createNativeQuery("delete from measure_source where label like 'Grow%'").executeUpdate();
            em.createNativeQuery("delete from measure where slug like 'grow-%'").executeUpdate();
            em.createNativeQuery("delete from jurisdiction where slug like 'grow-%'").executeUpdate();
        });
    }
}
