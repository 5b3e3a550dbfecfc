package org.ordinancewatch.web.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Turns a public page's 200 response into bytes once, gives it a strong ETag (a hash of those bytes) and the data
 * version's Last-Modified, answers 304 when the client already has those bytes, and stores the page for the
 * requests after it. Streamed bodies (the exports) pass through untouched.
 */
public class PageCapture {

    private static final Set<String> NOT_STORED = Set.of("set-cookie", "date", "content-length", "etag",
            "last-modified", "cache-control", "transfer-encoding");
    static final String CACHE_CONTROL = "public, no-cache";

    private final PageCache cache;
    private final CurrentVertxRequest current;
    private final ObjectMapper json;

    public PageCapture(PageCache cache, CurrentVertxRequest current, ObjectMapper json) {
        this.cache = cache;
        this.current = current;
        this.json = json;
    }

    @ServerResponseFilter
    public void capture(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        RoutingContext ctx = current.getCurrent();
        String key = ctx == null ? null : ctx.get(PageCacheRoute.KEY);
        if (key == null || response.getStatus() != 200) {
            return;
        }
        MediaType mediaType = response.getMediaType() != null ? response.getMediaType() : declaredType(resource);
        if (mediaType == null) {
            return;
        }
        byte[] body = bytes(response.getEntity(), mediaType);
        if (body == null) {
            return;
        }
        DataVersion.Version version = ctx.get(PageCacheRoute.VERSION);
        String etag = etag(body);
        Instant lastModified = version.changedAt().truncatedTo(ChronoUnit.SECONDS);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, contentType(mediaType)));
        response.getStringHeaders().forEach((name, values) -> {
            if (!NOT_STORED.contains(name.toLowerCase(java.util.Locale.ROOT))
                    && !name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(v -> headers.add(Map.entry(name, v)));
            }
        });
        headers.add(Map.entry(HttpHeaders.ETAG, etag));
        headers.add(Map.entry(HttpHeaders.LAST_MODIFIED, Conditional.httpDate(lastModified)));
        headers.add(Map.entry(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL));
        if (Boolean.TRUE.equals(ctx.get(PageCacheRoute.STORE))) {
            cache.put(key, CachedPage.of(version.number(), Instant.now(), body, List.copyOf(headers), etag, lastModified));
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, Conditional.httpDate(lastModified));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (Conditional.notModified(ctx.request(), etag, lastModified)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, contentType(mediaType));
        response.setEntity(body, null, MediaType.valueOf(contentType(mediaType)));
    }

    /** The single type the resource method (or its class) declares it produces, if it declares exactly one. */
    private static MediaType declaredType(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        return produces == null || produces.value().length != 1 || produces.value()[0].contains(",") ? null
                : MediaType.valueOf(produces.value()[0]);
    }

    private byte[] bytes(Object entity, MediaType type) {
        if (entity instanceof TemplateInstance template) {
            return template.render().getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof String text) {
            return text.getBytes(charset(type));
        }
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity != null && type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !(entity instanceof jakarta.ws.rs.core.StreamingOutput)) {
            try {
                return json.writeValueAsBytes(entity);
            } catch (JsonProcessingException e) {
                return null;
            }
        }
        return null;
    }

    private static java.nio.charset.Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return name == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(name);
    }

    /** The media type as sent, with charset=UTF-8 for text types that name none (the bytes are UTF-8). */
    private static String contentType(MediaType type) {
        if (!type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)
                && (type.getType().equals("text") || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.getSubtype().endsWith("+xml"))) {
            return type.withCharset("UTF-8").toString();
        }
        return type.toString();
    }

    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
