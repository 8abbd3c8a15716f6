package jo.gov.mol.dwr.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.registry.app.RegistryApplication;

/**
 * The default rule set is seeded at start and judges every date until a later version takes over. The tests of
 * this package write only versions effective centuries ahead, so that the seed stays in force today for every
 * other test, also on a database that keeps earlier runs.
 */
@SpringBootTest(classes = RegistryApplication.class)
class ReferenceDataIntegrationTests {
    @Autowired
    ReferenceData referenceData;

    @Autowired
    ReferenceDataChanges changes;

    @Autowired
    Clock clock;

    @Test
    void seedsVersionOneEffectiveFromTheFirstOfJanuary2020() {
        RuleSet first = referenceData.ruleSet(1).orElseThrow();

        assertThat(first.effectiveFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(first.createdBy()).isEqualTo(DefaultRuleSet.AUTHOR);
        assertThat(first.rules()).isEqualTo(DefaultRuleSet.read().rules());
        assertThat(referenceData.versions()).last().isEqualTo(first);
    }

    @Test
    void judgesTodayAndEveryEarlierDateByVersionOne() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CanonicalEvent.AMMAN);

        assertThat(referenceData.ruleSetOn(LocalDate.of(2020, 1, 1)).version()).isEqualTo(1);
        assertThat(referenceData.ruleSetOn(today).version()).isEqualTo(1);
        assertThat(referenceData.ruleSetOn(LocalDate.of(2019, 12, 31)).version()).isEqualTo(1);
        assertThat(referenceData.ruleSetOn(today).bilateral(CountryCode.of("NPL")).orElseThrow().deploymentSuspended())
                .isTrue();
    }

    @Test
    void seedsNothingMoreWhenARuleSetIsKept() {
        int versions = referenceData.versions().size();

        assertThat(changes.seed(DefaultRuleSet.read(), "another registry process")).isFalse();
        assertThat(referenceData.versions()).hasSize(versions);
    }

    @Test
    void seesANewVersionAtOnce() {
        NewRuleSet later = new NewRuleSet(FarFuture.date(), "a later version", DefaultRuleSet.read().rules());

        RuleSet written = changes.publish(later, "tester");

        assertThat(referenceData.ruleSetOn(later.effectiveFrom())).isEqualTo(written);
        assertThat(referenceData.ruleSetOn(later.effectiveFrom().minusDays(1)).version()).isNotEqualTo(written.version());
        assertThat(referenceData.versions().get(0)).isEqualTo(written);
    }

    /** Each writer takes the highest version plus one; the one that loses the primary key writes again on top. */
    @Test
    void givesWritersAtTheSameTimeEachAVersionOfTheirOwn() throws Exception {
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RuleSet>> writes = IntStream.range(0, writers)
                    .mapToObj(writer -> pool.submit(() -> {
                        start.await();
                        return changes.publish(new NewRuleSet(FarFuture.date(), "writer " + writer,
                                DefaultRuleSet.read().rules()), "tester");
                    }))
                    .toList();
            start.countDown();

            List<Integer> versions = new ArrayList<>();
            for (Future<RuleSet> write : writes) {
                versions.add(write.get(30, TimeUnit.SECONDS).version());
            }
            assertThat(versions).doesNotHaveDuplicates();
            assertThat(referenceData.versions()).extracting(RuleSet::version).containsAll(versions);
        } finally {
            pool.shutdownNow();
        }
    }
}
