package org.ordinancewatch.access;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Login throttling and password hashing. */
@ConfigMapping(prefix = "ow.login")
public interface AccessConfig {

    /** Failed logins allowed per account and per client within the window before logins are refused. */
    @WithDefault("5")
    int maxFailures();

    @WithDefault("15m")
    Duration window();

    /** bcrypt cost (log2 rounds) for new password hashes. */
    @WithDefault("12")
    int bcryptCost();
}
