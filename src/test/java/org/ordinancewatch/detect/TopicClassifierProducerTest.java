package org.ordinancewatch.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordinancewatch.Home;

class TopicClassifierProducerTest {

    private final TopicClassifierProducer producer = new TopicClassifierProducer();

    @Test
    void buildsClassifierFromConfiguredFile() {
        TopicClassifier classifier = producer.topicClassifier(() -> "config/topics.yaml", new Home("."));

        assertThat(classifier.topics()).extracting(Topic::name).containsExactly("frt", "alpr");
    }

    @Test
    void failsWithTheConfiguredPathWhenFileIsMissing() {
        assertThatThrownBy(() -> producer.topicClassifier(() -> "config/missing-topics.yaml", new Home(".")))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessageContaining("config/missing-topics.yaml");
    }

    @Test
    void readsARelativeTopicsFileFromTheHomeFolder(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/topics.yaml"), """
                topics:
                  - name: frt
                    include:
                      - facial recognition
                """);

        TopicClassifier classifier = producer.topicClassifier(() -> "config/topics.yaml", new Home(home.toString()));

        assertThat(classifier.topics()).extracting(Topic::name).containsExactly("frt");
    }

    @Test
    void namesTheFileUnderTheHomeFolderWhenItIsMissing(@TempDir Path home) {
        assertThatThrownBy(() -> producer.topicClassifier(() -> "config/topics.yaml", new Home(home.toString())))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessageContaining(home.resolve("config/topics.yaml").toString());
    }
}
