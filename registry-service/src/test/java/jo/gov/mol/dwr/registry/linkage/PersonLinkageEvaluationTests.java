package jo.gov.mol.dwr.registry.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The linkage evaluation on labelled records of our own domain (seeded, so every run measures the same records).
 * The targets are on automatic links: precision at least 0.999 and recall at least 0.99, recall counting only
 * records linked automatically to their true person, among the records whose person the registry already held.
 */
class PersonLinkageEvaluationTests {

    private static final long SEED = Long.getLong("linkage.seed", 20260320L);
    private static final int PERSONS = 3000;

    @Test
    void linksLabelledRecordsWithAutoLinkPrecisionOf0999AndRecallOf099() {
        List<LabelledRecord> records = LabelledRecords.generate(SEED, PERSONS);
        PersonLinkage linkage = PersonLinkage.withDefaultWeights(new LinkageProperties(19, 9).thresholds());

        long start = System.nanoTime();
        LinkageEvaluation.Report report = new LinkageEvaluation(PersonRecords.STANDARDISER, linkage).replay(records);
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("Labelled linkage evaluation (seed %d): %s; %d ms%n", SEED, report, millis);
        report.wrongLinks().stream().limit(10).forEach(wrong -> System.out.println("  wrong link: " + wrong));
        report.missed().stream().limit(10).forEach(missed -> System.out.println("  missed: " + missed));
        if (Boolean.getBoolean("linkage.reviews")) {
            report.reviews().forEach(review -> System.out.println("  review: " + review));
        }
        assertThat(report.precision()).isGreaterThanOrEqualTo(0.999);
        assertThat(report.recall()).isGreaterThanOrEqualTo(0.99);
    }
}
