package org.ordinancewatch.web;

import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code ow.admin.*}: the operator's credential for the endpoints that reveal subscribers or cost memory
 * ({@code /api/admin/*}, {@code /api/parse}, {@code /q/metrics}), and the limits on the dry run. Set the credential
 * with OW_ADMIN_USER and OW_ADMIN_PASSWORD; without a password those endpoints refuse everyone.
 */
@ConfigMapping(prefix = "ow.admin")
public interface OperatorConfig {

    @WithDefault("admin")
    String user();

    Optional<String> password();

    /** Dry runs of /api/parse allowed at the same time; more are answered 429. */
    @WithDefault("2")
    int parseConcurrency();

    /** Largest page /api/parse accepts; a larger body is answered 413. */
    @WithDefault("10M")
    MemorySize parseMaxBody();
}
