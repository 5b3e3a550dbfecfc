package org.ordinancewatch.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A city, town, county, state or country that has considered a measure. */
@Entity
public class Jurisdiction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public Level level;

    /** State or province code ("CA", "MA"). */
    public String region;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false)
    public String country;

    public Double latitude;
    public Double longitude;

    /** IANA zone name; meeting times and "today" for sunsets are read in it. */
    @Column(nullable = false)
    public String timezone;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Edited by a curator in the browser: the seed file no longer overwrites its fields. */
    public boolean curated;

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    /** "Boston, MA" or "Vermont" for a state. */
    public String displayName() {
        return level == Level.STATE || level == Level.COUNTRY || region == null ? name : name + ", " + region;
    }

    public static Optional<Jurisdiction> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Every jurisdiction's slug, without loading the jurisdictions. */
    public static java.util.Set<String> allSlugs() {
        return new java.util.HashSet<>(getEntityManager().createQuery("select j.slug from Jurisdiction j", String.class)
                .getResultList());
    }

    /** The jurisdictions with these slugs, in one statement, by slug. */
    public static java.util.Map<String, Jurisdiction> bySlugs(java.util.Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return new java.util.HashMap<>();
        }
        return Jurisdiction.<Jurisdiction>list("slug in ?1", slugs).stream()
                .collect(java.util.stream.Collectors.toMap(j -> j.slug, j -> j, (a, b) -> a, java.util.HashMap::new));
    }

    public static List<Jurisdiction> listByName() {
        return list("order by name, region");
    }

    /** A region and how many measures its jurisdictions have (zero where only an agenda is watched). */
    public record RegionCount(String region, long measures) {
    }

    /**
     * Every region tracked with its measure count, in one statement: the dashboard's filter and its alert form offer
     * the same list.
     */
    public static List<RegionCount> regionCounts() {
        return getEntityManager().createQuery("select j.region, count(m) from Jurisdiction j left join Measure m "
                + "on m.jurisdiction = j where j.region is not null group by j.region order by j.region", Object[].class)
                .getResultStream().map(r -> new RegionCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** Every region tracked, including places with agenda sources but no measure yet. */
    public static List<String> regions() {
        return getEntityManager()
                .createQuery("select distinct j.region from Jurisdiction j where j.region is not null order by j.region",
                        String.class)
                .getResultList();
    }

    public static long countWithMeasures() {
        return getEntityManager()
                .createQuery("select count(j) from Jurisdiction j where exists (select 1 from Measure m where m.jurisdiction = j)",
                        Long.class)
                .getSingleResult();
    }
}
