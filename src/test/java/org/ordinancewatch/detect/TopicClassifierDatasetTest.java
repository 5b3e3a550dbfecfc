package org.ordinancewatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Precision and recall of the configured frt topic over labelled agenda and legislation titles. */
class TopicClassifierDatasetTest {

    private static final Path DATASET = Path.of("src/test/resources/detect/frt_titles.csv");

    private static List<Labelled> rows;
    private static TopicClassifier classifier;

    @BeforeAll
    static void load() throws IOException {
        classifier = new TopicClassifier(new TopicsLoader().load(Path.of("config/topics.yaml")));
        rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(DATASET, StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(reader)) {
                String label = record.get("label");
                if (!label.equals("relevant") && !label.equals("irrelevant")) {
                    throw new IllegalStateException("line " + record.getRecordNumber() + ": bad label '" + label + "'");
                }
                rows.add(new Labelled(record.get("text"), label.equals("relevant")));
            }
        }
    }

    @Test
    void datasetHasAtLeastSixtyTitlesWithBothLabels() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rows).anyMatch(Labelled::relevant).anyMatch(r -> !r.relevant());
    }

    @Test
    void precisionAndRecallAreAtLeast95Percent() {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (Labelled row : rows) {
            Match match = classifier.classify(row.text());
            if (match.relevant() && row.relevant()) {
                truePositives++;
            } else if (match.relevant()) {
                falsePositives++;
                System.out.println("false positive: " + row.text() + " " + match.matchedTerms());
            } else if (row.relevant()) {
                falseNegatives++;
                System.out.println("false negative: " + row.text());
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf("frt topic over %d titles: precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n",
                rows.size(), precision, recall, truePositives, falsePositives, falseNegatives);

        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.95);
    }

    private record Labelled(String text, boolean relevant) {
    }
}
