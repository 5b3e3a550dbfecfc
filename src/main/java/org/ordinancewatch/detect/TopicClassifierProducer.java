package org.ordinancewatch.detect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.ordinancewatch.Home;

/** Builds the application's classifier from the topics file named by {@code ow.topics.file}. */
@ApplicationScoped
public class TopicClassifierProducer {

    @Produces
    @Singleton
    TopicClassifier topicClassifier(TopicsConfig config, Home home) {
        return new TopicClassifier(new TopicsLoader().load(home.resolve(config.file())));
    }
}
