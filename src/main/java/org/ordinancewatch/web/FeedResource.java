package org.ordinancewatch.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.web.query.FeedQueries;
import org.ordinancewatch.web.query.FeedQueries.ChangeRow;

/**
 * Atom feeds (written with Rome) of status changes and newly tracked measures: everything, one jurisdiction, one
 * measure. An entry's id is its change's page address with a fragment, so it never changes once published.
 */
@Path("/feeds")
public class FeedResource {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final int ENTRIES = 50;

    private final FeedQueries queries;
    private final SiteAddress site;

    public FeedResource(FeedQueries queries, SiteAddress site) {
        this.queries = queries;
        this.site = site;
    }

    @GET
    @Path("changes.atom")
    @Produces(ATOM)
    public String all() {
        return write("Ordinance Watch: status changes and new measures", "/feeds/changes.atom", "/",
                queries.changes(null, null, ENTRIES));
    }

    @GET
    @Path("j/{slug}.atom")
    @Produces(ATOM)
    public String jurisdiction(@PathParam("slug") String slug) {
        Jurisdiction j = Jurisdiction.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("No jurisdiction is tracked under '" + slug + "'."));
        return write("Ordinance Watch: " + j.displayName(), "/feeds/j/" + j.slug + ".atom", "/j/" + j.slug,
                queries.changes(j.slug, null, ENTRIES));
    }

    @GET
    @Path("m/{slug}.atom")
    @Produces(ATOM)
    public String measure(@PathParam("slug") String slug) {
        Measure m = Measure.<Measure>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("No measure is tracked under '" + slug + "'."));
        return write("Ordinance Watch: " + m.title, "/feeds/m/" + m.slug + ".atom", "/m/" + m.slug,
                queries.changes(null, m.slug, ENTRIES));
    }

    private String write(String title, String self, String page, List<ChangeRow> changes) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(site.of(self));
        feed.setAuthor("Ordinance Watch");
        feed.setLinks(List.of(link("self", site.of(self), "application/atom+xml"), link("alternate", site.of(page), "text/html")));
        feed.setPublishedDate(changes.isEmpty() ? new Date(0) : Date.from(changes.get(0).recordedAt()));
        List<SyndEntry> entries = new ArrayList<>(changes.size());
        for (ChangeRow c : changes) {
            entries.add(entry(c));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the Atom feed " + self, e);
        }
    }

    private SyndEntry entry(ChangeRow c) {
        SyndEntry e = new SyndEntryImpl();
        String page = site.of("/m/" + c.measureSlug());
        e.setUri(page + "#change-" + c.id());
        e.setLink(page);
        e.setTitle(c.from() == null
                ? (c.origin() == Measure.Origin.SCRAPED ? "New measure detected: " : "Now tracked: ") + c.measureTitle()
                        + " (" + c.place() + "), " + c.to().label()
                : c.measureTitle() + " (" + c.place() + "): " + c.from().label() + " → " + c.to().label());
        Date recorded = Date.from(c.recordedAt());
        e.setUpdatedDate(recorded);
        e.setPublishedDate(recorded);
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(summary(c));
        e.setDescription(summary);
        return e;
    }

    private static String summary(ChangeRow c) {
        StringBuilder s = new StringBuilder();
        s.append(c.to().label()).append(c.occurredOn() != null ? " on " + Display.date(c.occurredOn()) : "")
                .append(c.from() != null ? " (was " + c.from().label() + ")" : "").append('.');
        if (c.actionText() != null) {
            s.append(" Action: ").append(c.actionText()).append('.');
        }
        s.append(" Why: ").append(Display.reason(c.reason())).append('.');
        if (c.sourceUrl() != null) {
            s.append(" Source: ").append(c.sourceLabel() != null ? c.sourceLabel() + " " : "").append(c.sourceUrl());
        }
        return s.toString();
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
