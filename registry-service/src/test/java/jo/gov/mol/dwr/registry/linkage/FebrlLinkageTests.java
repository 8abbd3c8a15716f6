package jo.gov.mol.dwr.registry.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The public Febrl 4 benchmark (../shared/benchmarks/febrl4, when present): 5,000 originals against 5,000 noisy
 * duplicates, linked without their ids and scored against them.
 */
class FebrlLinkageTests {

    private static final Path FEBRL4 = Path.of(System.getProperty("febrl4.dir", "../../shared/benchmarks/febrl4"));

    @Test
    void linksFebrl4WithAnF1OfAtLeast0995() throws Exception {
        assumeTrue(Files.isRegularFile(FEBRL4.resolve("dataset4a.csv")), "Febrl 4 is not at " + FEBRL4.toAbsolutePath());
        List<FebrlRecord> originals = FebrlRecord.read(FEBRL4.resolve("dataset4a.csv"));
        List<FebrlRecord> duplicates = FebrlRecord.read(FEBRL4.resolve("dataset4b.csv"));

        long start = System.nanoTime();
        FebrlLinkage.Result result = new FebrlLinkage().link(originals, duplicates);
        long millis = (System.nanoTime() - start) / 1_000_000;

        long correct = result.links().stream().filter(link -> link.left().person().equals(link.right().person())).count();
        long trueMatches = originals.stream().map(FebrlRecord::person)
                .filter(duplicates.stream().map(FebrlRecord::person).toList()::contains).count();
        LinkageQuality quality = new LinkageQuality(correct, result.links().size(), trueMatches);
        System.out.printf("Febrl 4: %s; %d candidate pairs, EM in %d rounds (match share %.4f, link above %.2f bits), %d ms%n",
                quality, result.candidatePairs(), result.estimate().rounds(), result.estimate().matchShare(),
                result.estimate().evenOddsWeight(), millis);
        result.estimate().model().fields().forEach(field -> System.out.println("  " + field));

        assertThat(quality.f1()).isGreaterThanOrEqualTo(0.995);
    }
}
