package org.ordinancewatch.access;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The first admin ({@code OW_ADMIN_USER}, {@code OW_ADMIN_PASSWORD}); there is no default password. */
@ConfigMapping(prefix = "ow.admin")
public interface FirstAdminConfig {

    Optional<String> user();

    Optional<String> password();
}
