package jo.gov.mol.dwr.sandbox.nation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.sandbox.SandboxApplication;
import jo.gov.mol.dwr.sandbox.SandboxClock;

/**
 * A tiny nation replayed through the whole sandbox as {@code --sandbox.mode=nation} starts it: every message taken and
 * applied, the truth file written, the clock at the end of the span, and the registry judged against the truth.
 */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "sandbox.data-dir=target/sandbox-it/${random.uuid}",
        "sandbox.mode=nation",
        "sandbox.seed=11",
        "sandbox.nation.workers=25",
        "sandbox.nation.months=8",
        "sandbox.nation.offices=20",
        "sandbox.nation.bad-offices=2",
        "sandbox.nation.anomaly-share=0.04",
        "sandbox.nation.speed=60",
        "hub.delivery.poll-interval=200ms"})
@DirtiesContext
class NationReplayIntegrationTests {
    @Autowired
    NationReplay replay;
    @Autowired
    SandboxClock clock;
    @Value("${sandbox.data-dir}")
    Path dataDir;

    @Test
    void replaysTheNationThroughEveryChannelAndJudgesTheRegistryAgainstItsTruth() {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> replay.summary().isPresent());
        NationSummary summary = replay.summary().orElseThrow();

        assertThat(summary.asExpected()).as(summary.render()).isTrue();
        assertThat(Files.exists(dataDir.resolve(TruthFile.NAME))).isTrue();
        assertThat(summary.messages()).containsKeys("MoL SOAP", "MoI SOAP", "border JMS", "border files");
        assertThat(clock.instant()).isAfterOrEqualTo(LocalDate.of(2025, 9, 1).atStartOfDay(CanonicalEvent.AMMAN).toInstant());
        assertThat(summary.linkage().precision()).as(summary.render()).isEqualTo(1.0);
        assertThat(FlagQuality.recall(summary.flags().total())).as(summary.render()).isGreaterThanOrEqualTo(0.9);
        assertThat(summary.render()).containsPattern("(?m)^precision linkage ").containsPattern("(?m)^recall flags ");
    }
}
