package jo.gov.mol.dwr.registry.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;

import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.app.RegistryApplication;

/** Runs of the classification that meet (the schedule firing in two instances, an administrator meanwhile). */
@SpringBootTest(classes = RegistryApplication.class)
class ClassificationRunsIntegrationTests {

    @Autowired
    ClassificationRuns runs;

    @Autowired
    OfficeClassifications offices;

    @Autowired
    JmsTemplate jms;

    @Autowired
    RegistryStatistics statistics;

    @Test
    void twoRunsAtOnceGiveEachOfficeOneProposalTheSecondFindingNothingToChange() throws Exception {
        OfficeHistory history = new OfficeHistory(new RegistryQueue(jms), statistics);
        LicenceNo office = history.licensed(LicenceStatus.ACTIVE);
        history.placed(office, 2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        try {
            List<CompletableFuture<RunSummary>> both = List.of("instance-1", "instance-2").stream()
                    .map(instance -> CompletableFuture.supplyAsync(() -> {
                        ready.countDown();
                        awaitQuietly(ready);
                        return runs.run(instance);
                    }, instances))
                    .toList();
            List<RunSummary> summaries = both.stream().map(CompletableFuture::join).toList();

            assertThat(summaries).extracting(RunSummary::offices).containsOnly(summaries.get(0).offices());
            assertThat(summaries.stream().mapToInt(RunSummary::unchanged).max().orElseThrow())
                    .as("the second run finds every result recorded").isEqualTo(summaries.get(0).offices());
            assertThat(offices.office(office.value()).history()).hasSize(1);
        } finally {
            instances.shutdownNow();
            instances.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
