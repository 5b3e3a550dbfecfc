package org.ordinancewatch.detect;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the application's classifier from the topics file named by {@code ow.topics.file}. */
@ApplicationScoped
public class TopicClassifierProducer {

    @Produces
    @Singleton
    TopicClassifier topicClassifier(TopicsConfig config) {
        return new TopicClassifier(new TopicsLoader().load(Path.of(config.file())));
    }
}
