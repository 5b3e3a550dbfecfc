package org.ordinancewatch.access;

import io.vertx.ext.web.RoutingContext;

/** The address a request comes from, as the HTTP layer resolved it (forwarded headers only when configured). */
public final class ClientIp {

    private ClientIp() {
    }

    public static String of(RoutingContext rc) {
        var address = rc.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
