package org.ordinancewatch.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Matching rules, each shown on a small hand-built topic. */
class TopicClassifierTest {

    private static TopicClassifier classifierFor(Topic... topics) {
        return new TopicClassifier(List.of(topics));
    }

    private static Topic includes(String... terms) {
        return new Topic("t", List.of(terms), List.of(), List.of());
    }

    @Test
    void matchesIgnoringCase() {
        Match match = classifierFor(includes("facial recognition")).classify("BAN ON FACIAL RECOGNITION");

        assertThat(match.relevant()).isTrue();
    }

    @Test
    void hyphenatedTextMatchesSpacedTerm() {
        Match match = classifierFor(includes("face recognition")).classify("moratorium on face-recognition software");

        assertThat(match.matchedTerms()).containsExactly("face recognition");
    }

    @Test
    void pluralTextMatchesSingularTerm() {
        Match match = classifierFor(includes("facial recognition technology"))
                .classify("prohibiting facial recognition technologies");

        assertThat(match.relevant()).isTrue();
    }

    @Test
    void pluralTermMatchesSingularText() {
        Match match = classifierFor(includes("license plate readers")).classify("one license plate reader");

        assertThat(match.relevant()).isTrue();
    }

    @Test
    void possessiveMatchesBareTerm() {
        Match match = classifierFor(includes("clearview")).classify("use of Clearview's app");

        assertThat(match.relevant()).isTrue();
    }

    @Test
    void termMatchesOnlyWholeWords() {
        TopicClassifier classifier = classifierFor(includes("face"));

        assertThat(classifier.classify("surface parking, facing brick, preface, faced").relevant()).isFalse();
    }

    @Test
    void termMatchesWholeWordInsidePunctuation() {
        Match match = classifierFor(includes("face")).classify("(face)");

        assertThat(match.relevant()).isTrue();
    }

    @Test
    void phraseWordsMustBeConsecutive() {
        Match match = classifierFor(includes("face surveillance"))
                .classify("standing firm in the face of surveillance overreach");

        assertThat(match.relevant()).isFalse();
    }

    @Test
    void excludeSuppressesOverlappingInclude() {
        Topic topic = new Topic("t", List.of("surveillance technology"), List.of("traffic surveillance"), List.of());

        Match match = classifierFor(topic).classify("grant for traffic surveillance technology upgrades");

        assertThat(match.relevant()).isFalse();
    }

    @Test
    void excludeLeavesOtherMentionsCounting() {
        Topic topic = new Topic("t", List.of("surveillance technology"), List.of("disease surveillance"), List.of());

        Match match = classifierFor(topic)
                .classify("disease surveillance report; amendment of the surveillance technology ordinance");

        assertThat(match.matchedTerms()).containsExactly("surveillance technology");
    }

    @Test
    void contextTermAloneDoesNotCount() {
        Topic topic = new Topic("t", List.of(), List.of(),
                List.of(new ContextRule("surveillance", List.of("technology"), 3)));

        assertThat(classifierFor(topic).classify("surveillance cameras for the parks").relevant()).isFalse();
    }

    @Test
    void contextTermCountsWithContextInsideWindow() {
        Topic topic = new Topic("t", List.of(), List.of(),
                List.of(new ContextRule("surveillance", List.of("technology"), 3)));

        Match match = classifierFor(topic).classify("police use of technology for surveillance");

        assertThat(match.matchedTerms()).containsExactly("surveillance+technology");
    }

    @Test
    void contextTermIgnoresContextOutsideWindow() {
        Topic topic = new Topic("t", List.of(), List.of(),
                List.of(new ContextRule("surveillance", List.of("technology"), 3)));

        Match match = classifierFor(topic)
                .classify("information technology equipment for the surveillance unit");

        assertThat(match.relevant()).isFalse();
    }

    @Test
    void contextRuleWithoutWindowAcceptsContextAnywhere() {
        Topic topic = new Topic("t", List.of(), List.of(),
                List.of(new ContextRule("flock", List.of("camera"), null)));

        Match match = classifierFor(topic).classify("Flock agreement, renewal of twelve existing units and one camera");

        assertThat(match.relevant()).isTrue();
    }

    @Test
    void excludeAlsoSuppressesContextTerm() {
        Topic topic = new Topic("t", List.of(), List.of("biometric time clock"),
                List.of(new ContextRule("biometric", List.of("data"), 3)));

        Match match = classifierFor(topic).classify("biometric time clock data retention");

        assertThat(match.relevant()).isFalse();
    }

    @Test
    void matchedTermsFollowTextOrderWithoutDuplicates() {
        Match match = classifierFor(includes("rekognition", "facial recognition"))
                .classify("facial recognition: Rekognition pilot; facial recognition policy");

        assertThat(match.matchedTerms()).containsExactly("facial recognition", "rekognition");
    }

    @Test
    void termInsideLongerMatchedTermIsRecordedOnce() {
        Match match = classifierFor(includes("plate reader", "license plate reader"))
                .classify("license plate readers on patrol cars");

        assertThat(match.matchedTerms()).containsExactly("license plate reader");
    }

    @Test
    void nullTextIsIrrelevant() {
        Match match = classifierFor(includes("face recognition")).classify(null);

        assertThat(match).isEqualTo(new Match("t", false, List.of()));
    }

    @Test
    void classifyUsesFirstTopic() {
        TopicClassifier classifier = classifierFor(new Topic("first", List.of("alpha"), null, null),
                new Topic("second", List.of("beta"), null, null));

        assertThat(classifier.classify("alpha beta").topic()).isEqualTo("first");
    }

    @Test
    void classifyAllReturnsOneMatchPerTopicInOrder() {
        TopicClassifier classifier = classifierFor(new Topic("first", List.of("alpha"), null, null),
                new Topic("second", List.of("beta"), null, null));

        assertThat(classifier.classifyAll("beta only")).containsExactly(
                new Match("first", false, List.of()), new Match("second", true, List.of("beta")));
    }

    @Test
    void unknownTopicNameIsRejected() {
        TopicClassifier classifier = classifierFor(includes("alpha"));

        assertThatThrownBy(() -> classifier.classify("nope", "alpha"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    @Test
    void duplicateTopicNamesAreRejected() {
        assertThatThrownBy(() -> classifierFor(includes("a"), includes("b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defined twice");
    }
}
