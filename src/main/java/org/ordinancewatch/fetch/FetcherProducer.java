package org.ordinancewatch.fetch;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.vertx.core.Vertx;

/** One shared {@link Fetcher} for the application, configured from {@code ow.fetch.*}. */
@Singleton
public class FetcherProducer {

    @Produces
    @Singleton
    Fetcher fetcher(FetchConfig config, Vertx vertx) {
        return new Fetcher(config.toSettings(), vertx);
    }
}
