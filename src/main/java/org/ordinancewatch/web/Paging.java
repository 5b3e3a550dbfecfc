package org.ordinancewatch.web;

import jakarta.ws.rs.BadRequestException;

/**
 * Which page of a long list a request asks for, and the links to the others. Pages count from 1; a page past the
 * end is simply empty, a malformed or non-positive number is a 400 naming the parameter.
 */
public record Paging(int page, int size, long total) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;

    /** The requested page and size, checked; {@code size} null means the default. */
    public static Paging of(String page, String size, int defaultSize) {
        int p = parse("page", page, 1, Integer.MAX_VALUE / MAX_SIZE);
        int s = parse("size", size, defaultSize, MAX_SIZE);
        return new Paging(p, s, 0);
    }

    private static int parse(String name, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("'" + name + "' must be a whole number from 1 to " + max + ", not '"
                + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'");
    }

    public Paging withTotal(long total) {
        return new Paging(page, size, total);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** Number of the first row shown, from 1 (0 when the page is empty). */
    public long firstRow() {
        return Math.min(total, offset() + 1L);
    }

    public long lastRow() {
        return Math.min(total, (long) offset() + size);
    }

    /** {@code base} (a path with or without a query) with this list's page {@code n} and, when not the default, size. */
    public String link(String base, long n, int defaultSize) {
        StringBuilder q = new StringBuilder(base).append(base.contains("?") ? '&' : '?').append("page=").append(n);
        if (size != defaultSize) {
            q.append("&size=").append(size);
        }
        return q.toString();
    }
}
