package org.ordinancewatch.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.ordinancewatch.access.Audit;
import org.ordinancewatch.detect.TopicClassifier;
import org.ordinancewatch.fetch.FetchException;
import org.ordinancewatch.fetch.FetchRequest;
import org.ordinancewatch.fetch.FetchedPage;
import org.ordinancewatch.fetch.Fetcher;
import org.ordinancewatch.ingest.Pages;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Level;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.AdapterRegistry;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedAgenda;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.source.SourceCatalog;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.source.SourceDefinitionException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Jurisdictions and agenda sources from the browser. A preview fetches the source's first start page through the
 * engine's fetch layer (its address guard, limits and politeness) and parses it with the platform's adapter, storing
 * nothing. Saving writes the source as a YAML file beside the hand-written ones and reloads the catalog, so a
 * definition that does not validate is refused with the problem named and the previous file kept.
 */
@ApplicationScoped
public class Places {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    /** What the first page of a source would give. {@code error} is set when it could not be fetched or read. */
    public record Preview(String url, int status, int meetings, int items, int relevant, List<String> sample,
            List<String> warnings, String error) {
    }

    private final SourceCatalog catalog;
    private final Fetcher fetcher;
    private final AdapterRegistry adapters;
    private final Audit audit;
    private final Clock clock;
    private final TopicClassifier classifier;

    public Places(SourceCatalog catalog, Fetcher fetcher, AdapterRegistry adapters, Audit audit, Clock clock,
            TopicClassifier classifier) {
        this.classifier = classifier;
        this.catalog = catalog;
        this.fetcher = fetcher;
        this.adapters = adapters;
        this.audit = audit;
        this.clock = clock;
    }

    public Preview preview(SourceDefinition source, String slug, ZoneId zone) {
        SourceCatalog.PageRequest first = catalog.startPages(source, clock.instant(), zone).get(0);
        try {
            FetchedPage fetched = fetcher.fetch(FetchRequest.of(URI.create(first.url())));
            if (!fetched.isSuccess()) {
                return failed(first.url(), fetched.status(), "the site answered HTTP " + fetched.status());
            }
            Adapter adapter = adapters.find(first.adapter()).orElseThrow();
            ParseResult result = adapter.read(Pages.of(fetched), new SourceContext(slug, zone, clock, source.options()));
            List<String> sample = new ArrayList<>();
            int items = 0;
            int relevant = 0;
            for (ScrapedAgenda agenda : result.agendas()) {
                items += agenda.items().size();
                for (var item : agenda.items()) {
                    if (item.title() != null && classifier.classify(item.title()).relevant()) {
                        relevant++;
                        if (sample.size() < 10) {
                            sample.add("Relevant: " + item.title());
                        }
                    }
                }
                if (sample.size() < 10) {
                    ScrapedMeeting meeting = agenda instanceof ScrapedMeeting listed ? listed : null;
                    sample.add((meeting == null || meeting.start() == null ? "date not given" : meeting.start().toString())
                            + " · " + (meeting == null || meeting.body() == null ? "meeting" : meeting.body()) + " · "
                            + agenda.items().size() + " items");
                }
            }
            return new Preview(first.url(), fetched.status(), result.agendas().size(), items, relevant, sample,
                    result.warnings(), null);
        } catch (FetchException e) {
            return failed(first.url(), 0, "cannot fetch: " + e.getMessage());
        } catch (Exception e) {
            return failed(first.url(), 0, "cannot read the page as " + source.platform() + ": " + e.getMessage());
        }
    }

    private static Preview failed(String url, int status, String error) {
        return new Preview(url, status, 0, 0, 0, List.of(), List.of(), error);
    }

    /** Creates the place (when {@code create}) and writes its source; returns the place's slug. */
    public String save(PlaceForm form, String existingSlug, String curator) {
        String slug = existingSlug != null ? existingSlug : form.slug();
        if (existingSlug != null) {
            QuarkusTransaction.requiringNew().run(() -> edit(Jurisdiction.findBySlug(slug).orElseThrow(), form, curator));
        } else {
            QuarkusTransaction.requiringNew().run(() -> {
                if (Jurisdiction.findBySlug(slug).isPresent()) {
                    throw new IllegalArgumentException("'" + slug + "' is already tracked: edit its source instead.");
                }
                Jurisdiction j = new Jurisdiction();
                j.slug = slug;
                j.name = form.name().strip();
                j.level = Level.fromCode(form.level());
                j.region = PlaceForm.blankToNull(form.region());
                j.country = form.country().strip();
                j.timezone = form.timezone().strip();
                j.latitude = number(form.latitude());
                j.longitude = number(form.longitude());
                j.updatedAt = clock.instant();
                j.persist();
                audit.record(curator, "place.create", "jurisdiction:" + slug, j.name + ", " + j.level.code());
            });
        }
        if (form.hasSource()) {
            writeSource(form.source(slug), curator);
        }
        return slug;
    }

    /** Applies the place fields that changed, marks the place curated so the seed keeps them, and audits them. */
    private void edit(Jurisdiction j, PlaceForm form, String curator) {
        List<String> changes = new ArrayList<>();
        change(changes, "name", j.name, form.name().strip(), v -> j.name = v);
        change(changes, "level", j.level, Level.fromCode(form.level()), v -> j.level = v);
        change(changes, "region", j.region, PlaceForm.blankToNull(form.region()), v -> j.region = v);
        change(changes, "country", j.country, form.country().strip(), v -> j.country = v);
        change(changes, "timezone", j.timezone, form.timezone().strip(), v -> j.timezone = v);
        change(changes, "latitude", j.latitude, number(form.latitude()), v -> j.latitude = v);
        change(changes, "longitude", j.longitude, number(form.longitude()), v -> j.longitude = v);
        if (!changes.isEmpty()) {
            j.curated = true;
            j.updatedAt = clock.instant();
            audit.record(curator, "place.edit", "jurisdiction:" + j.slug, String.join("; ", changes));
        }
    }

    private static <T> void change(List<String> changes, String field, T was, T now, java.util.function.Consumer<T> set) {
        if (!java.util.Objects.equals(was, now)) {
            set.accept(now);
            changes.add(field + ": " + was + " -> " + now);
        }
    }

    private static Double number(String text) {
        return PlaceForm.blankToNull(text) == null ? null : Double.valueOf(text.strip());
    }

    private void writeSource(SourceDefinition source, String curator) {
        Path file = catalog.sourcesDir().resolve(source.name() + ".yaml");
        try {
            Optional<String> before = Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Written from the admin pages by " + curator + ".\n" + YAML.writeValueAsString(yaml(source)),
                    StandardCharsets.UTF_8);
            try {
                catalog.reload();
            } catch (SourceDefinitionException e) {
                if (before.isPresent()) {
                    Files.writeString(file, before.get(), StandardCharsets.UTF_8);
                } else {
                    Files.delete(file);
                }
                catalog.reload();
                throw new IllegalArgumentException(e.getMessage());
            }
            QuarkusTransaction.requiringNew().run(() -> audit.record(curator, before.isPresent() ? "source.edit"
                    : "source.create", "source:" + source.name(), source.platform() + " " + source.baseUrl()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> yaml(SourceDefinition s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jurisdiction", s.jurisdiction());
        m.put("platform", s.platform());
        m.put("base-url", s.baseUrl());
        if (s.client() != null) {
            m.put("client", s.client());
        }
        if (!s.bodies().include().isEmpty() || !s.bodies().exclude().isEmpty()) {
            m.put("bodies", Map.of("include", s.bodies().include(), "exclude", s.bodies().exclude()));
        }
        if (s.schedule() != null) {
            m.put("schedule", s.schedule());
        }
        return m;
    }
}
