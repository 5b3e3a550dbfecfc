package org.ordinancewatch.source;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.ordinancewatch.Home;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.parse.AdapterRegistry;
import org.ordinancewatch.source.DefinitionReader.Definitions;

/**
 * The loaded source and platform definitions. Read at start-up (after the seed, so jurisdictions are
 * known); a bad definition stops start-up with its file and field named.
 */
@ApplicationScoped
public class SourceCatalog {

    private static final Logger LOG = Logger.getLogger(SourceCatalog.class);

    /**
     * A page to fetch and the adapter that reads it. A postback page is POSTed with {@code form}; it is
     * archived under {@code url#key} so each posted view keeps its own history.
     */
    public record PageRequest(String url, String adapter, String postback, Map<String, String> form, String key) {

        public PageRequest(String url, String adapter) {
            this(url, adapter, null, null, null);
        }

        public String archiveKey() {
            return key == null ? url : url + "#" + key;
        }
    }

    private final SourcesConfig config;
    private final Home home;
    private final AdapterRegistry adapters;
    private volatile Map<String, PlatformDefinition> platforms = Map.of();
    private volatile Map<String, SourceDefinition> sources = Map.of();
    private volatile Map<String, String> unwatched = Map.of();

    public SourceCatalog(SourcesConfig config, Home home, AdapterRegistry adapters) {
        this.config = config;
        this.home = home;
        this.adapters = adapters;
    }

    void onStart(@Observes @Priority(20) StartupEvent event) {
        try {
            reload();
        } catch (SourceDefinitionException e) {
            LOG.error(e.getMessage());
            throw e;
        }
    }

    public void reload() {
        Set<String> jurisdictions = QuarkusTransaction.requiringNew().call(Jurisdiction::allSlugs);
        if (!org.quartz.CronExpression.isValidExpression(config.defaultSchedule())) {
            throw new SourceDefinitionException(List.of("ow.sources.default-schedule: '" + config.defaultSchedule()
                    + "' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week)"));
        }
        Definitions d = DefinitionReader.read(home.resolve(config.dir()), adapters.names(), jurisdictions);
        platforms = d.platforms().stream().collect(Collectors.toMap(PlatformDefinition::name, Function.identity()));
        sources = d.sources().stream().collect(Collectors.toMap(SourceDefinition::name, Function.identity(),
                (a, b) -> a, java.util.TreeMap::new));
        unwatched = UnwatchedReasons.read(home.resolve(config.dir()).resolve(UnwatchedReasons.FILE), jurisdictions);
        LOG.infof("Loaded %d platform and %d source definitions from %s", platforms.size(), sources.size(),
                home.resolve(config.dir()).toAbsolutePath().normalize());
        if (sources.isEmpty()) {
            LOG.warnf("NO AGENDA SOURCE IS DEFINED: nothing in %s/sources, so no council agenda will be watched and no "
                    + "new measure detected. Start the app from the folder holding scrapers/ and config/, or set "
                    + "ow.home (environment OW_HOME) to that folder.",
                    home.resolve(config.dir()).toAbsolutePath());
        }
    }

    public java.util.SortedSet<String> platformNames() {
        return new java.util.TreeSet<>(platforms.keySet());
    }

    /** Where source definition files live: browser-added sources are written there too. */
    public Path sourcesDir() {
        return home.resolve(config.dir()).resolve("sources");
    }

    public List<SourceDefinition> sources() {
        return List.copyOf(sources.values());
    }

    /** Every platform defined under {@code scrapers/platforms/}, whether a source uses it or not. */
    public List<PlatformDefinition> platforms() {
        return List.copyOf(platforms.values());
    }

    /** Why no source reads this place, as researched and written in {@code unwatched.yaml}; empty when not noted. */
    public Optional<String> unwatchedReason(String jurisdiction) {
        return Optional.ofNullable(unwatched.get(jurisdiction));
    }

    public Optional<SourceDefinition> source(String name) {
        return Optional.ofNullable(sources.get(name));
    }

    public PlatformDefinition platform(SourceDefinition source) {
        return platforms.get(source.platform());
    }

    public String schedule(SourceDefinition source) {
        return source.schedule() == null || source.schedule().isBlank() ? config.defaultSchedule() : source.schedule();
    }

    /** The start pages of a crawl, with {base}, {client}, {since}, {until} and {year} filled in. */
    public List<PageRequest> startPages(SourceDefinition source, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        String base = source.baseUrl().replaceAll("/+$", "");
        return platform(source).start().stream().map(s -> new PageRequest(s.url()
                .replace("{base}", base)
                .replace("{client}", source.client() == null ? "" : source.client())
                .replace("{since}", today.minusDays(source.lookbackDays()).toString())
                .replace("{until}", today.plusDays(source.lookaheadDays()).toString())
                .replace("{year}", Integer.toString(today.getYear())), s.adapter(), s.postback(), null, null)).toList();
    }

    /** Which adapter reads a followed link; empty when no route matches (the link is not followed). */
    public Optional<String> route(SourceDefinition source, String url) {
        return platform(source).routes().stream().filter(r -> Pattern.compile(r.match()).matcher(url).find())
                .map(PlatformDefinition.Route::adapter).findFirst();
    }

    /** Followed links must stay on the source's own host (or the Legistar Web API host for API platforms). */
    public boolean sameSite(SourceDefinition source, String url, String startUrl) {
        String host = URI.create(url).getHost();
        return host != null && (host.equalsIgnoreCase(URI.create(source.baseUrl()).getHost())
                || host.equalsIgnoreCase(URI.create(startUrl).getHost()));
    }
}
