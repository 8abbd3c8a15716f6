package jo.gov.mol.dwr.routes.deadletter;

import static jo.gov.mol.dwr.routes.border.CrossingSamples.LINE2;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.LINE2_BAD_CHECK_DIGIT;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.nightlyRow;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.realTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jo.gov.mol.dwr.routes.app.HubApplication;
import jo.gov.mol.dwr.routes.border.CrossingSamples;
import jo.gov.mol.dwr.routes.delivery.Delivery;
import jo.gov.mol.dwr.routes.delivery.Destination;
import jo.gov.mol.dwr.routes.delivery.Outbox;

/**
 * The administrators' one list of dead letters: crossings that could not be read, bad rows and refused files of
 * the nightly drops, beside deliveries that failed for good; newest first, paged, and re-driven where the hub can.
 */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadLetterListIntegrationTests {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path INBOX = inbox();

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        registry.add("hub.border.inbox", INBOX::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    JmsTemplate jms;
    @Autowired
    Outbox outbox;

    @Test
    void listsACrossingThatCouldNotBeReadWithItsCode() throws Exception {
        String eventId = UUID.randomUUID().toString();

        jms.convertAndSend("border.crossings", realTime(eventId, "AMM", LINE2_BAD_CHECK_DIGIT));

        JsonNode dead = awaitListed(d -> eventId.equals(d.path("messageId").asText()));
        assertThat(dead.get("id").asText()).startsWith("in-");
        assertThat(dead.get("direction").asText()).isEqualTo("INBOUND");
        assertThat(dead.get("system").asText()).isEqualTo("BORDER");
        assertThat(dead.get("kind").asText()).isEqualTo("MESSAGE");
        assertThat(dead.get("code").asText()).isEqualTo("invalid_check_digit");
        assertThat(dead.get("reason").asText()).contains("MrzLine2");
        assertThat(dead.get("file").isNull()).isTrue();
        assertThat(dead.get("line").isNull()).isTrue();
        assertThat(dead.get("status").asText()).isEqualTo("REFUSED");
    }

    @Test
    void listsABadRowOfANightlyFileWithTheFileAndTheLine() throws Exception {
        String good = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();

        CrossingSamples.dropNightlyFile(INBOX, "CROSSINGS_JAB_20260320.csv", List.of(
                nightlyRow(good, "JAB", "ENTRY", "20/03/2026 03:12:45", LINE2),
                nightlyRow(bad, "JAB", "EXIT", "20/03/2026 09:00:00", LINE2_BAD_CHECK_DIGIT)), 2);

        JsonNode dead = awaitListed(d -> bad.equals(d.path("messageId").asText()));
        assertThat(dead.get("kind").asText()).isEqualTo("FILE_ROW");
        assertThat(dead.get("file").asText()).isEqualTo("CROSSINGS_JAB_20260320.csv");
        assertThat(dead.get("line").asLong()).isEqualTo(3);
        assertThat(dead.get("code").asText()).isEqualTo("invalid_check_digit");
        assertThat(deadLetters("?size=500")).noneMatch(d -> good.equals(d.path("messageId").asText()));
    }

    @Test
    void listsAFileRefusedWholeWithItsName() throws Exception {
        CrossingSamples.dropNightlyFile(INBOX, "CROSSINGS_DUR_20260320.csv", List.of(
                nightlyRow(UUID.randomUUID().toString(), "DUR", "ENTRY", "20/03/2026 03:12:45", LINE2)), 3);

        JsonNode dead = awaitListed(d -> "CROSSINGS_DUR_20260320.csv".equals(d.path("file").asText()));
        assertThat(dead.get("kind").asText()).isEqualTo("FILE");
        assertThat(dead.get("line").isNull()).isTrue();
        assertThat(dead.get("code").asText()).isEqualTo("trailer_mismatch");
    }

    @Test
    void listsADeliveryThatFailedForGoodWithItsDestinationAndReason() throws Exception {
        Delivery failed = deadDelivery("HTTP 400 from MoI: the request is not acceptable");

        JsonNode dead = awaitListed(d -> ("out-" + failed.id()).equals(d.path("id").asText()));
        assertThat(dead.get("direction").asText()).isEqualTo("OUTBOUND");
        assertThat(dead.get("system").asText()).isEqualTo("MOI_APPROVALS");
        assertThat(dead.get("kind").asText()).isEqualTo("ApprovalRequest");
        assertThat(dead.get("messageId").asText()).isEqualTo(failed.messageId());
        assertThat(dead.get("reference").asText()).isEqualTo(failed.reference());
        assertThat(dead.get("code").isNull()).isTrue();
        assertThat(dead.get("reason").asText()).isEqualTo("HTTP 400 from MoI: the request is not acceptable");
        assertThat(dead.get("status").asText()).isEqualTo("DEAD");
        assertThat(dead.get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void pagesOneListOfBothDirectionsNewestFirst() throws Exception {
        String eventId = UUID.randomUUID().toString();
        jms.convertAndSend("border.crossings", realTime(eventId, "XXX", LINE2));
        awaitListed(d -> eventId.equals(d.path("messageId").asText()));
        deadDelivery("HTTP 404 from MoI");

        JsonNode all = page("?size=500");
        List<JsonNode> everything = content(all);
        assertThat(everything).extracting(d -> Instant.parse(d.get("at").asText()))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(everything.get(0).get("direction").asText()).as("the newest first").isEqualTo("OUTBOUND");
        JsonNode second = page("?page=1&size=2");
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(2);
        assertThat(second.get("totalElements").asLong()).isEqualTo(all.get("totalElements").asLong());
        assertThat(ids(content(second))).isEqualTo(ids(everything.subList(2, Math.min(4, everything.size()))));
    }

    @Test
    void filtersByDirection() throws Exception {
        deadDelivery("HTTP 400 from MoI");
        jms.convertAndSend("border.crossings", realTime(UUID.randomUUID().toString(), "XXX", LINE2));

        JsonNode inbound = page("?direction=INBOUND&size=500");
        JsonNode outbound = page("?direction=OUTBOUND&size=500");

        assertThat(content(inbound)).isNotEmpty().allMatch(d -> d.get("direction").asText().equals("INBOUND"));
        assertThat(content(outbound)).isNotEmpty().allMatch(d -> d.get("direction").asText().equals("OUTBOUND"));
        assertThat(admin("GET", "/api/admin/dead-letters?direction=SIDEWAYS").statusCode()).isEqualTo(400);
    }

    @Test
    void redrivesAFailedDeliveryButAsksTheSenderToResendARefusedMessage() throws Exception {
        Delivery failed = deadDelivery("HTTP 400 from MoI");
        String eventId = UUID.randomUUID().toString();
        jms.convertAndSend("border.crossings", realTime(eventId, "AMM", LINE2_BAD_CHECK_DIGIT));
        String refused = awaitListed(d -> eventId.equals(d.path("messageId").asText())).get("id").asText();

        HttpResponse<String> redriven = admin("POST", "/api/admin/dead-letters/out-" + failed.id() + "/redrive");
        HttpResponse<String> resend = admin("POST", "/api/admin/dead-letters/" + refused + "/redrive");

        assertThat(redriven.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(redriven.body()).get("status").asText()).isEqualTo("PENDING");
        assertThat(resend.statusCode()).isEqualTo(409);
        assertThat(resend.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(JSON.readTree(resend.body()).get("detail").asText()).contains("sender must correct it and send it again");
        // no worker delivers here; leave nothing pending for the delivering tests that may share this database
        outbox.dead(failed.id(), "re-driven by a test");
    }

    @Test
    void answersNotFoundForAnUnknownOrMalformedId() throws Exception {
        assertThat(admin("POST", "/api/admin/dead-letters/in-999999999/redrive").statusCode()).isEqualTo(404);
        assertThat(admin("POST", "/api/admin/dead-letters/out-999999999/redrive").statusCode()).isEqualTo(404);
        assertThat(admin("POST", "/api/admin/dead-letters/12/redrive").statusCode()).isEqualTo(404);
    }

    private Delivery deadDelivery(String reason) {
        String requestId = "MOL-REQ-2026-" + (100000 + (int) (Math.random() * 899999));
        String messageId = UUID.randomUUID().toString();
        outbox.enqueue(Destination.MOI_APPROVALS, "ApprovalRequest", messageId, messageId, requestId, "<ApprovalRequest/>",
                Instant.now());
        Delivery pending = outbox.findByMessageId(Destination.MOI_APPROVALS, messageId).orElseThrow();
        outbox.dead(pending.id(), reason);
        return outbox.find(pending.id()).orElseThrow();
    }

    private JsonNode awaitListed(Predicate<JsonNode> which) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> deadLetters("?size=500").stream().filter(which).findFirst(), Optional::isPresent).orElseThrow();
    }

    private List<JsonNode> deadLetters(String query) throws Exception {
        return content(page(query));
    }

    private JsonNode page(String query) throws Exception {
        HttpResponse<String> response = admin("GET", "/api/admin/dead-letters" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<JsonNode> content(JsonNode page) {
        List<JsonNode> content = new ArrayList<>();
        page.get("content").forEach(content::add);
        return content;
    }

    private static List<String> ids(List<JsonNode> deadLetters) {
        return deadLetters.stream().map(d -> d.get("id").asText()).toList();
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString("admin:admin-secret".getBytes(StandardCharsets.UTF_8)))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Path inbox() {
        try {
            return Files.createTempDirectory("border-inbox");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
