package org.ordinancewatch.web.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.ordinancewatch.web.Paging;

/**
 * A page of a JSON list: the body stays a plain array (as before paging, so old clients keep working on the first
 * page), the total is in {@code X-Total-Count} and the neighbouring pages in an RFC 8288 {@code Link} header.
 */
final class PagedResponse {

    static final String TOTAL = "X-Total-Count";

    private PagedResponse() {
    }

    static Response of(List<?> rows, Paging paging, UriInfo uri) {
        List<String> links = new ArrayList<>();
        links.add(link(uri, paging, 1, "first"));
        if (paging.hasPrevious()) {
            links.add(link(uri, paging, paging.page() - 1, "prev"));
        }
        if (paging.hasNext()) {
            links.add(link(uri, paging, paging.page() + 1, "next"));
        }
        links.add(link(uri, paging, paging.pages(), "last"));
        return Response.ok(rows).header(TOTAL, paging.total()).header("Link", String.join(", ", links)).build();
    }

    private static String link(UriInfo uri, Paging paging, long page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page)
                .replaceQueryParam("size", paging.size()).build() + ">; rel=\"" + rel + "\"";
    }
}
