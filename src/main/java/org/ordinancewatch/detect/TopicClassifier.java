package org.ordinancewatch.detect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether agenda item and measure texts concern the configured topics. The first topic is the
 * default one, used by {@link #classify(String)}; in {@code config/topics.yaml} that is {@code frt}.
 */
public class TopicClassifier {

    private final Map<String, TopicMatcher> matchers = new LinkedHashMap<>();

    public TopicClassifier(List<Topic> topics) {
        if (topics == null || topics.isEmpty()) {
            throw new IllegalArgumentException("a topic classifier needs at least one topic");
        }
        for (Topic topic : topics) {
            if (matchers.putIfAbsent(topic.name(), new TopicMatcher(topic)) != null) {
                throw new IllegalArgumentException("topic '" + topic.name() + "' is defined twice");
            }
        }
    }

    /** The match against the default (first) topic. */
    public Match classify(String text) {
        return matchers.values().iterator().next().match(Words.stems(text));
    }

    public Match classify(String topicName, String text) {
        TopicMatcher matcher = matchers.get(topicName);
        if (matcher == null) {
            throw new IllegalArgumentException("unknown topic '" + topicName + "' (configured: " + matchers.keySet() + ")");
        }
        return matcher.match(Words.stems(text));
    }

    /** One match per configured topic, in configuration order. */
    public List<Match> classifyAll(String text) {
        List<String> words = Words.stems(text);
        return matchers.values().stream().map(m -> m.match(words)).toList();
    }

    public String defaultTopic() {
        return matchers.keySet().iterator().next();
    }

    public List<Topic> topics() {
        return matchers.values().stream().map(TopicMatcher::topic).toList();
    }
}
