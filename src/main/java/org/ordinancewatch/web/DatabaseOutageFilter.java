package org.ordinancewatch.web;

import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Ends a database outage in the log once a request is served without a server error. */
public class DatabaseOutageFilter {

    @ServerResponseFilter
    public void observe(ContainerResponseContext response) {
        if (response.getStatus() < 500) {
            DatabaseOutage.answeredNormally();
        }
    }
}
