package org.ordinancewatch.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** A ban, moratorium, oversight law or proposal on facial recognition, in one jurisdiction. */
@Entity
public class Measure extends PanacheEntityBase {

    /** Column widths of what a scraper fills (V1__core_schema.sql, V3__scraping.sql); see {@link Columns#fit}. */
    public static final int IDENTIFIER_WIDTH = 300;
    public static final int TITLE_WIDTH = 500;
    public static final int PLATFORM_STATUS_WIDTH = 300;
    public static final int SOURCE_URL_WIDTH = 2000;

    /** Where the measure first came from: the curated seed file or a scraper. */
    public enum Origin {
        SEED, SCRAPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Readable, stable key used in URLs and the seed file. */
    @Column(nullable = false, unique = true)
    public String slug;

    @ManyToOne(optional = false)
    @JoinColumn(name = "jurisdiction_id")
    public Jurisdiction jurisdiction;

    /** File or bill number; null where none is known. */
    public String identifier;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public MeasureKind kind;

    /** Who the measure covers. */
    public String scope;

    /** Only ever changed through {@code StatusHistory}, which records the change. */
    @Column(nullable = false)
    public Status status;

    /** When the current status took hold, where known. */
    @Column(name = "status_on")
    public PartialDate statusOn;

    @Column(name = "decided_on")
    public PartialDate decidedOn;

    @Column(name = "effective_on")
    public PartialDate effectiveOn;

    @Column(name = "sunset_on")
    public PartialDate sunsetOn;

    public String vote;

    /** Free-text pointers to related measures that are not tracked as measures of their own. */
    @Column(name = "related_note")
    public String relatedNote;

    /** Curator notes, including where sources disagree. */
    public String notes;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public Origin origin;

    /** The source's own page for the file, for scraped measures. */
    @Column(name = "source_url")
    public String sourceUrl;

    /** The status exactly as the source last printed it ("Referred to Committee"). */
    @Column(name = "platform_status")
    public String platformStatus;

    /** Fingerprint of the seed row last applied; an unchanged row is not applied again. */
    @Column(name = "seed_hash")
    public String seedHash;

    /** The status the seed row last applied; the row moves the measure only when this cell changes. */
    @Column(name = "seed_status")
    public Status seedStatus;

    /** Scraped measures wait for a curator's review; the public sees them at once, marked as automatic. */
    @Column(name = "review_state", nullable = false)
    @Enumerated(EnumType.STRING)
    public ReviewState reviewState = ReviewState.CONFIRMED;

    /** Fields a curator set by hand, comma-separated ("status,kind"): the seed file no longer overwrites them. */
    @Column(name = "curated_fields")
    public String curatedFields;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SourceRef> sources = new ArrayList<>();

    public boolean isCurated(String field) {
        return curatedFields != null && java.util.Arrays.asList(curatedFields.split(",")).contains(field);
    }

    public void markCurated(String field) {
        if (!isCurated(field)) {
            curatedFields = curatedFields == null || curatedFields.isBlank() ? field : curatedFields + "," + field;
        }
    }

    public boolean isUnreviewed() {
        return reviewState == ReviewState.UNREVIEWED;
    }

    public static Optional<Measure> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The measures with these slugs and their jurisdictions, in one statement, by slug. */
    public static java.util.Map<String, Measure> bySlugs(java.util.Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return new java.util.HashMap<>();
        }
        return Measure.<Measure>list("select m from Measure m join fetch m.jurisdiction where m.slug in ?1", slugs)
                .stream().collect(java.util.stream.Collectors.toMap(m -> m.slug, m -> m, (a, b) -> a,
                        java.util.HashMap::new));
    }

    /**
     * The measure a file number refers to. Curated identifiers may name several files
     * ("Int 0487-2018 / Local Law 65 of 2020"), so each part is compared, ignoring case and spacing.
     */
    public static Optional<Measure> findByIdentifier(Jurisdiction jurisdiction, String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return Optional.empty();
        }
        List<Measure> candidates = list("jurisdiction = ?1 and identifier is not null", jurisdiction);
        return candidates.stream().filter(m -> m.isIdentifiedBy(identifier)).findFirst();
    }

    /** Whether the file number is this measure's identifier or one of its parts, ignoring case and spacing. */
    public boolean isIdentifiedBy(String fileNumber) {
        if (identifier == null || fileNumber == null || fileNumber.isBlank()) {
            return false;
        }
        String wanted = normalizeIdentifier(fileNumber);
        return java.util.Arrays.stream(identifier.split("[/;]")).anyMatch(part -> normalizeIdentifier(part).equals(wanted));
    }

    static String normalizeIdentifier(String identifier) {
        return identifier.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    public static List<Measure> forJurisdiction(Jurisdiction jurisdiction) {
        return list("jurisdiction = ?1 order by decidedOn desc nulls last, title", jurisdiction);
    }

    /** Every measure, by jurisdiction name and then title: a list to choose one from. */
    public static List<Measure> listByJurisdictionAndTitle() {
        return list("select m from Measure m join fetch m.jurisdiction j order by j.name, j.region, m.title");
    }

    /**
     * Moratoriums whose sunset could have passed and that are still in effect. Only a moratorium lapses by
     * itself: another kind of measure may carry a sunset date for one of its parts (Colorado SB22-113's pause on
     * school contracts), and the law as a whole stays in force.
     */
    public static List<Measure> withSunsetStillInEffect() {
        return list("sunsetOn is not null and kind = ?1 and status in ?2", MeasureKind.MORATORIUM,
                List.of(Status.IN_FORCE, Status.PASSED, Status.WEAKENED));
    }

    /**
     * Those of {@link #withSunsetStillInEffect()} whose own sunset falls on or before {@code latest}, with their
     * jurisdictions. Dates compare as their text, in which a month sorts before its days.
     */
    public static List<Measure> withSunsetStillInEffectBy(PartialDate latest) {
        return list("select m from Measure m join fetch m.jurisdiction where m.sunsetOn is not null"
                + " and m.sunsetOn <= ?1 and m.kind = ?2 and m.status in ?3", latest, MeasureKind.MORATORIUM,
                List.of(Status.IN_FORCE, Status.PASSED, Status.WEAKENED));
    }

    public void replaceSources(List<SourceRef> fresh) {
        sources.clear();
        int position = 0;
        for (SourceRef s : fresh) {
            s.measure = this;
            s.position = position++;
            sources.add(s);
        }
    }
}
