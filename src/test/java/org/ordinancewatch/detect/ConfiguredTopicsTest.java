package org.ordinancewatch.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped config/topics.yaml: look-alikes, vendors, and the alpr topic defined by configuration alone. */
class ConfiguredTopicsTest {

    private static TopicClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = new TopicClassifier(new TopicsLoader().load(Path.of("config/topics.yaml")));
    }

    @Test
    void defaultTopicIsFrt() {
        assertThat(classifier.defaultTopic()).isEqualTo("frt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Contract with Clearview AI", "Amazon Rekognition pilot", "NEC NeoFace Watch license",
        "BriefCam analytics renewal", "IDEMIA mugshot system", "Cognitec FaceVACS upgrade"})
    void vendorNamesAreRelevant(String text) {
        assertThat(classifier.classify(text).relevant()).isTrue();
    }

    @Test
    void vendorMatchRecordsVendorTerm() {
        assertThat(classifier.classify("Amazon Rekognition pilot").matchedTerms()).containsExactly("rekognition");
    }

    @Test
    void necAloneIsTheElectricalCode() {
        assertThat(classifier.classify("Adopt the 2023 NEC with local amendments").relevant()).isFalse();
    }

    @Test
    void clearviewStreetIsNotTheVendor() {
        assertThat(classifier.classify("Clearview Drive resurfacing project").relevant()).isFalse();
    }

    @Test
    void clearviewNearSoftwareIsTheVendor() {
        assertThat(classifier.classify("Clearview investigative software subscription").matchedTerms())
                .containsExactly("clearview+software");
    }

    @Test
    void axonBodyCamerasAreNotFrt() {
        assertThat(classifier.classify("Body-worn camera contract with Axon Enterprise").relevant()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Resolution in recognition of Black History Month", "Employee recognition awards",
        "Resolution recognizing Public Health Surveillance Week", "Traffic surveillance systems maintenance",
        "Accept bonds at face value", "an about-face on the budget", "in the face of federal cuts",
        "Approve purchase of biometric time clocks for payroll"})
    void lookAlikesAreIrrelevant(String text) {
        assertThat(classifier.classify(text).relevant()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"prohibit city use of face surveillance technology", "ban on face-recognition",
        "facial recognition technologies", "biometric identification systems", "Acquisition of Surveillance Technology",
        "Community Control Over Police Surveillance"})
    void frtWordingsAreRelevant(String text) {
        assertThat(classifier.classify(text).relevant()).isTrue();
    }

    @Test
    void alprTopicMatchesLicensePlateReaders() {
        Match match = classifier.classify("alpr", "Approve Flock Safety ALPR camera agreement");

        assertThat(match.matchedTerms()).containsExactly("flock safety", "alpr");
    }

    @Test
    void licensePlateReadersAreNotFrt() {
        assertThat(classifier.classify("Approve Flock Safety license plate reader cameras").relevant()).isFalse();
    }

    @Test
    void lprMeaningLawfulPermanentResidentIsNotAlpr() {
        Match match = classifier.classify("alpr", "Resolution supporting Lawful Permanent Resident (LPR) clinics");

        assertThat(match.relevant()).isFalse();
    }

    @Test
    void lprNearCameraIsAlpr() {
        assertThat(classifier.classify("alpr", "Purchase of LPR cameras").matchedTerms()).containsExactly("lpr+camera");
    }

    @Test
    void classifyAllReportsBothConfiguredTopics() {
        assertThat(classifier.classifyAll("Surveillance use policy for license plate readers"))
                .extracting(Match::topic, Match::relevant)
                .containsExactly(tuple("frt", true),
                        tuple("alpr", true));
    }
}
