package org.ordinancewatch.fetch;

import io.vertx.core.Vertx;

/** The Vert.x instance fetchers built outside the application share; the application passes its own. */
final class StandaloneVertx {

    private StandaloneVertx() {
    }

    private static final class Holder {
        static final Vertx VERTX = Vertx.vertx();
    }

    static Vertx get() {
        return Holder.VERTX;
    }
}
