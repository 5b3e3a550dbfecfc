package org.ordinancewatch.detect;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the topic definitions live ({@code ow.topics.file}), relative to the working directory. */
@ConfigMapping(prefix = "ow.topics")
public interface TopicsConfig {

    @WithDefault("config/topics.yaml")
    String file();
}
