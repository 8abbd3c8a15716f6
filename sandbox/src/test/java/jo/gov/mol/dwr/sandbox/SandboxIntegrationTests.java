package jo.gov.mol.dwr.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.sandbox.mol.MolSimulator;
import jo.gov.mol.dwr.sandbox.mol.MolStream;
import jo.gov.mol.dwr.sandbox.mol.MolStream.Expect;
import jo.gov.mol.dwr.sandbox.mol.MolSummary;

/**
 * The whole sandbox as a person starts it, with a small simulated MoL stream rich in repeats and broken messages.
 * The data directory is set here, before the application starts, so that {@code sandbox.fresh} empties this test's
 * directory and nobody else's.
 */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "sandbox.data-dir=target/sandbox-it/${random.uuid}",
        "sandbox.seed=" + SandboxIntegrationTests.SEED,
        "sandbox.mol.workers=" + SandboxIntegrationTests.WORKERS,
        "sandbox.mol.senders=" + SandboxIntegrationTests.SENDERS,
        "sandbox.mol.duplicate-share=" + SandboxIntegrationTests.DUPLICATE_SHARE,
        "sandbox.mol.invalid-share=" + SandboxIntegrationTests.INVALID_SHARE})
@DirtiesContext
class SandboxIntegrationTests {
    static final long SEED = 7;
    static final int WORKERS = 20;
    static final int SENDERS = 2;
    static final double DUPLICATE_SHARE = 0.2;
    static final double INVALID_SHARE = 0.15;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Value("${sandbox.data-dir}")
    Path dataDir;
    @Autowired
    MolSimulator simulator;
    @Autowired
    RegistryStatistics registry;
    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hub;

    @Test
    void answersEveryMessageAsPlannedAndPersistsEveryAcceptedOne() {
        MolStream plan = MolStream.generate(SEED, WORKERS, SENDERS, DUPLICATE_SHARE, INVALID_SHARE);

        MolSummary summary = summary();

        assertThat(summary.unexpected()).as(summary.render()).isZero();
        assertThat(summary.sent()).isEqualTo(plan.size());
        assertThat(summary.accepted()).isEqualTo(plan.expected(Expect.ACCEPTED));
        assertThat(summary.duplicate()).isEqualTo(plan.expected(Expect.DUPLICATE)).isPositive();
        assertThat(summary.refused()).isEqualTo(plan.expected(Expect.REFUSED)).isPositive();
        assertThat(summary.failed()).isZero();
        assertThat(summary.settled()).isTrue();
        assertThat(summary.persisted()).isEqualTo(summary.accepted());
        assertThat(registry.counts().sourceMessages()).isEqualTo(summary.accepted());
        assertThat(registry.counts().workers()).isEqualTo(WORKERS);
        assertThat(registry.counts().offices()).isEqualTo(plan.offices());
        assertThat(summary.asExpected()).isTrue();
    }

    @Test
    void logsEveryAcceptedMessageOnceAndNothingOfTheRefusedOnes() {
        MolSummary summary = summary();

        assertThat(hub.queryForObject("select count(*) from inbound_message", Long.class)).isEqualTo(summary.accepted());
        assertThat(hub.queryForObject("select count(distinct message_id) from inbound_message", Long.class)).isEqualTo(summary.accepted());
    }

    @Test
    void servesTheContractAndTheAdministrationApiOnTheSameOrigin() throws Exception {
        summary();

        assertThat(get("/services/mol/events?wsdl", null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> verification = get("/api/admin/message-log/verification", "admin", "admin-sandbox");
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(verification.body()).contains("\"intact\":true");
        assertThat(get("/api/admin/message-log/verification", "auditor", "auditor-sandbox").statusCode()).isEqualTo(403);
        assertThat(get("/api/admin/message-log/verification", "mol", "mol-sandbox").statusCode()).isEqualTo(401);
    }

    @Test
    void keepsTheBrokerJournalAndBothDatabasesUnderTheDataDirectory() {
        assertThat(dataDir).isAbsolute().startsWith(Path.of("target/sandbox-it").toAbsolutePath());
        assertThat(dataDir.resolve("artemis/journal")).isDirectory();
        assertThat(dataDir.resolve("hub.mv.db")).isRegularFile();
        assertThat(dataDir.resolve("registry.mv.db")).isRegularFile();
        assertThat(Files.exists(dataDir.resolve(".sandbox-data"))).isTrue();
    }

    private MolSummary summary() {
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(simulator::summary, java.util.Optional::isPresent).orElseThrow();
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
