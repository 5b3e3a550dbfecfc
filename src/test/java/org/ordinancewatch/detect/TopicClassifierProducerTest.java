package org.ordinancewatch.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicClassifierProducerTest {

    private final TopicClassifierProducer producer = new TopicClassifierProducer();

    @Test
    void buildsClassifierFromConfiguredFile() {
        TopicClassifier classifier = producer.topicClassifier(() -> "config/topics.yaml");

        assertThat(classifier.topics()).extracting(Topic::name).containsExactly("frt", "alpr");
    }

    @Test
    void failsWithTheConfiguredPathWhenFileIsMissing() {
        assertThatThrownBy(() -> producer.topicClassifier(() -> "config/missing-topics.yaml"))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessageContaining("config/missing-topics.yaml");
    }
}
