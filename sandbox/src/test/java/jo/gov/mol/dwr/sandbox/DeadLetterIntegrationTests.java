package jo.gov.mol.dwr.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.moi.MoiApprovalRequests;
import jo.gov.mol.dwr.mappings.mol.events.RecruitmentRequest;
import jo.gov.mol.dwr.sandbox.moi.MoiSimulator;
import jo.gov.mol.dwr.sandbox.mol.MolClient;
import jo.gov.mol.dwr.sandbox.mol.MolStream;
import jo.gov.mol.dwr.sandbox.mol.MolStream.Planned;

/**
 * MoI refuses one ApprovalRequest with a SOAP {@code Client} fault: the hub makes it a dead letter at once, with the
 * reason, listed to the administrator; once MoI takes the request again, a re-drive delivers it, once. The MoL
 * stream does not run here: the test sends its one recruitment request itself.
 */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "sandbox.data-dir=target/sandbox-it/${random.uuid}",
        "sandbox.simulate=false",
        "sandbox.moi.down-after=0",
        "sandbox.moi.decision-delay=200ms",
        "hub.delivery.poll-interval=200ms",
        "hub.delivery.initial-backoff=500ms",
        "hub.delivery.max-backoff=2s"})
@DirtiesContext
class DeadLetterIntegrationTests {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    MoiSimulator moi;

    @Test
    void makesAMoiClientFaultADeadLetterWithItsReasonAndDeliversItOnceReDriven() throws Exception {
        MolStream stream = MolStream.generate(3, 1, 1, 0, 0);
        Planned request = stream.all().stream().filter(p -> p.request() instanceof RecruitmentRequest).findFirst().orElseThrow();
        String requestId = ((RecruitmentRequest) request.request()).getRequestId();
        String messageId = MoiApprovalRequests.messageIdFor(RequestId.of(requestId));
        moi.refuse(requestId, "MoI refuses this request on purpose");

        MolClient mol = new MolClient(URI.create("http://localhost:" + port + "/services/mol/events"), "mol", "mol-sandbox");
        for (Planned office : stream.officeLanes().get(0)) {
            assertThat(mol.send(office).answer()).isEqualTo(MolClient.Answer.ACCEPTED);
        }
        assertThat(mol.send(request).answer()).isEqualTo(MolClient.Answer.ACCEPTED);

        JsonNode dead = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetter(requestId), java.util.Objects::nonNull);
        assertThat(dead.get("messageId").asText()).isEqualTo(messageId);
        assertThat(dead.get("id").asText()).startsWith("out-");
        assertThat(dead.get("direction").asText()).isEqualTo("OUTBOUND");
        assertThat(dead.get("system").asText()).isEqualTo("MOI_APPROVALS");
        assertThat(dead.get("reason").asText()).contains("Client").contains("MoI refuses this request on purpose");
        assertThat(dead.get("attempts").asInt()).as("a Client fault is not retried").isEqualTo(1);
        assertThat(moi.requests().get(requestId).refused()).isEqualTo(1);
        assertThat(moi.requests().get(requestId).receipts()).isZero();

        moi.stopRefusing(requestId);
        HttpResponse<String> redrive = admin("POST", "/api/admin/dead-letters/" + dead.get("id").asText() + "/redrive");

        assertThat(redrive.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> moi.requests().get(requestId).receipts() == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> moi.requests().get(requestId).messageIds().equals(Map.of(messageId, 1)));
        assertThat(deadLetters()).isEmpty();
        assertThat(admin("POST", "/api/admin/dead-letters/" + dead.get("id").asText() + "/redrive").statusCode()).isEqualTo(409);
    }

    @Test
    void servesDeadLettersToTheAdministratorOnly() throws Exception {
        assertThat(get("/api/admin/dead-letters", "admin", "admin-sandbox").statusCode()).isEqualTo(200);
        assertThat(get("/api/admin/dead-letters", "auditor", "auditor-sandbox").statusCode()).isEqualTo(403);
        assertThat(get("/api/admin/dead-letters", "moi", "moi-sandbox").statusCode()).isEqualTo(401);
    }

    /** The dead letter about this RequestId, or null. */
    private JsonNode deadLetter(String requestId) throws Exception {
        return deadLetters().stream().filter(d -> requestId.equals(d.get("reference").asText())).findFirst().orElse(null);
    }

    /** The outbound dead letters: deliveries that failed for good. */
    private List<JsonNode> deadLetters() throws Exception {
        HttpResponse<String> response = get("/api/admin/dead-letters?direction=OUTBOUND&size=500", "admin", "admin-sandbox");
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> content = new java.util.ArrayList<>();
        JSON.readTree(response.body()).get("content").forEach(content::add);
        return content;
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user, password)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", basic("admin", "admin-sandbox"))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
