package org.ordinancewatch.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsLoaderTest {

    private static final String SOURCE = "topics-test.yaml";

    private final TopicsLoader loader = new TopicsLoader();

    @Test
    void loadsProjectTopicsInOrder() {
        List<Topic> topics = loader.load(Path.of("config/topics.yaml"));

        assertThat(topics).extracting(Topic::name).containsExactly("frt", "alpr");
    }

    @Test
    void readsAllFieldsOfATopic() {
        List<Topic> topics = loader.parse("""
                topics:
                  - name: x
                    include: [alpha beta]
                    exclude: [gamma]
                    requires-context:
                      - term: delta
                        context: [epsilon]
                        window: 2
                """, SOURCE);

        assertThat(topics).containsExactly(new Topic("x", List.of("alpha beta"), List.of("gamma"),
                List.of(new ContextRule("delta", List.of("epsilon"), 2))));
    }

    @Test
    void contextRuleWindowIsOptional() {
        List<Topic> topics = loader.parse("""
                topics:
                  - name: x
                    requires-context:
                      - term: delta
                        context: [epsilon]
                """, SOURCE);

        assertThat(topics.get(0).requiresContext().get(0).window()).isNull();
    }

    @Test
    void missingFileNamesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> loader.load(missing))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("not found");
    }

    @Test
    void syntaxErrorNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "topics:\n  - name: frt\n    include: [face recognition\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessageStartingWith(file + ": not valid YAML (line ");
    }

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> loader.parse("", SOURCE))
                .isInstanceOf(TopicsConfigException.class).hasMessageContaining(SOURCE + ": file is empty");
    }

    @Test
    void missingTopicsListIsRejected() {
        assertThatThrownBy(() -> loader.parse("topics: []\n", SOURCE))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessage(SOURCE + ": 'topics' must be a non-empty list");
    }

    @Test
    void missingNameNamesTheField() {
        assertThatThrownBy(() -> loader.parse("topics:\n  - include: [a]\n", SOURCE))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessageStartingWith(SOURCE + ": topics[0].name: required");
    }

    @Test
    void topicWithoutTermsNamesTheTopic() {
        assertThatThrownBy(() -> loader.parse("topics:\n  - name: frt\n    exclude: [a]\n", SOURCE))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessageStartingWith(SOURCE + ": topics[0] (frt): needs a non-empty 'include' list");
    }

    @Test
    void nonStringTermNamesItsIndex() {
        assertThatThrownBy(() -> loader.parse("topics:\n  - name: frt\n    include: [face recognition, {a: b}]\n", SOURCE))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessage(SOURCE + ": topics[0] (frt).include[1]: expected a non-empty string");
    }

    @Test
    void includeThatIsNotAListIsRejected() {
        assertThatThrownBy(() -> loader.parse("topics:\n  - name: frt\n    include: face recognition\n", SOURCE))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessage(SOURCE + ": topics[0] (frt).include: expected a list of terms");
    }

    @Test
    void termWithoutWordsIsRejected() {
        assertThatThrownBy(() -> loader.parse("topics:\n  - name: frt\n    include: ['---']\n", SOURCE))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessageContaining("topics[0] (frt).include[0]: term '---' has no words");
    }

    @Test
    void misspeltFieldIsRejected() {
        assertThatThrownBy(() -> loader.parse("topics:\n  - name: frt\n    include: [a]\n    exlude: [b]\n", SOURCE))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessageStartingWith(SOURCE + ": topics[0] (frt): unknown field 'exlude'");
    }

    @Test
    void badWindowNamesTheRule() {
        String yaml = """
                topics:
                  - name: frt
                    requires-context:
                      - term: surveillance
                        context: [technology]
                        window: three
                """;

        assertThatThrownBy(() -> loader.parse(yaml, SOURCE))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessageStartingWith(SOURCE + ": topics[0] (frt).requires-context[0].window: expected a whole number");
    }

    @Test
    void contextRuleWithoutContextIsRejected() {
        String yaml = """
                topics:
                  - name: frt
                    requires-context:
                      - term: surveillance
                """;

        assertThatThrownBy(() -> loader.parse(yaml, SOURCE))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessage(SOURCE + ": topics[0] (frt).requires-context[0].context: needs at least one term");
    }

    @Test
    void duplicateTopicNameIsRejected() {
        assertThatThrownBy(() -> loader.parse("topics:\n  - name: a\n    include: [x]\n  - name: a\n    include: [y]\n",
                SOURCE))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessage(SOURCE + ": topics[1].name: topic 'a' is defined twice");
    }

    @Test
    void duplicateKeyIsRejected() {
        assertThatThrownBy(() -> loader.parse("topics:\n  - name: a\n    include: [x]\n    include: [y]\n", SOURCE))
                .isInstanceOf(TopicsConfigException.class)
                .hasMessageContaining(SOURCE + ": not valid YAML").hasMessageContaining("include");
    }
}
