package jo.gov.mol.dwr.routes.embassy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.CrossingNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.NoticeReceiver;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.routes.app.HubApplication;
import jo.gov.mol.dwr.routes.delivery.Delivery;
import jo.gov.mol.dwr.routes.delivery.Destination;
import jo.gov.mol.dwr.routes.delivery.Outbox;

/**
 * Arrival and departure notices due to embassies (interfaces.md 4a-4c), from the notices queue through the outbox:
 * to the Philippine embassy over real HTTP on loopback, to the embassies that take files as files in a real folder.
 */
@SpringBootTest(classes = HubApplication.class)
// its worker delivers: closed after the class, so that it claims no entry of another test sharing a PostgreSQL database
@DirtiesContext
class EmbassyNoticeIntegrationTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FakePhlEmbassy PHL = start();
    private static final Path OUTBOX = outbox();

    @DynamicPropertySource
    static void embassies(DynamicPropertyRegistry registry) {
        registry.add("hub.embassies.phl.url", PHL::url);
        registry.add("hub.embassies.outbox", OUTBOX::toString);
        registry.add("hub.delivery.enabled", () -> "true");
        registry.add("hub.delivery.poll-interval", () -> "100ms");
        registry.add("hub.delivery.initial-backoff", () -> "100ms");
        registry.add("hub.delivery.max-backoff", () -> "400ms");
    }

    @Autowired
    JmsTemplate jms;
    @Autowired
    Outbox outbox;
    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;

    @AfterAll
    static void closeEmbassy() {
        PHL.close();
    }

    @Test
    void deliversAnArrivalToThePhilippineEmbassyAfterARetryUnderTheSameNoticeId() throws Exception {
        CrossingNoticeDue arrival = notice("PHL", Direction.ENTRY);
        String noticeId = arrival.noticeId().toString();
        PHL.answerNext(503, "");

        jms.convertAndSend("hub.notices", EventCodec.toJson(arrival));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(Destination.PHL_NOTICES, arrival) == Delivery.Status.DELIVERED);
        List<FakePhlEmbassy.Received> received = PHL.receivedWith(noticeId);
        assertThat(received).extracting(FakePhlEmbassy.Received::answeredWith).containsExactly(503, 202);
        assertThat(received).extracting(FakePhlEmbassy.Received::body).as("the same notice on every attempt").containsOnly(received.get(0).body());
        assertThat(received.get(0).contentType()).startsWith("application/json");
        assertThat(JSON.readValue(received.get(0).body(), Map.class)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "noticeId", noticeId, "type", "ARRIVAL", "passportNo", "P1234567A",
                "occurredAt", "2026-03-20T03:12:45+03:00", "crossingPoint", "AMM"));
    }

    @Test
    void makesARefusalByThePhilippineEmbassyADeadLetterWithItsReason() {
        CrossingNoticeDue departure = notice("PHL", Direction.EXIT);
        PHL.answerNext(400, "{\"title\":\"Bad Request\",\"detail\":\"unknown passport\"}");

        jms.convertAndSend("hub.notices", EventCodec.toJson(departure));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(Destination.PHL_NOTICES, departure) == Delivery.Status.DEAD);
        Delivery dead = outbox.findByMessageId(Destination.PHL_NOTICES, departure.noticeId().toString()).orElseThrow();
        assertThat(dead.kind()).isEqualTo("DEPARTURE");
        assertThat(dead.attempts()).as("a 4xx is not retried").isEqualTo(1);
        assertThat(dead.lastError()).startsWith("HTTP 400").contains("unknown passport");
        assertThat(PHL.receivedWith(departure.noticeId().toString())).hasSize(1);
    }

    @Test
    void writesAKenyanArrivalAsOneCsvFileInTheEmbassysFolder() throws Exception {
        CrossingNoticeDue arrival = notice("KEN", Direction.ENTRY);

        jms.convertAndSend("hub.notices", EventCodec.toJson(arrival));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(Destination.EMBASSY_NOTICE_FILES, arrival) == Delivery.Status.DELIVERED);
        Delivery delivered = outbox.findByMessageId(Destination.EMBASSY_NOTICE_FILES, arrival.noticeId().toString()).orElseThrow();
        String today = LocalDate.now(CanonicalEvent.AMMAN).format(DateTimeFormatter.BASIC_ISO_DATE);
        String name = "NOTICES_" + today + "_" + String.format("%06d", delivered.id()) + ".csv";
        assertThat(delivered.result()).isEqualTo(name);
        assertThat(files("KEN")).contains(name).noneMatch(f -> f.endsWith(".part"));
        assertThat(Files.readAllLines(OUTBOX.resolve("KEN").resolve(name))).containsExactly(
                "notice_id,type,passport_no,occurred_at,crossing_point",
                arrival.noticeId() + ",ARRIVAL,P1234567A,2026-03-20T03:12:45+03:00,AMM");
    }

    @Test
    void enqueuesANoticeRedeliveredOnTheQueueOnce() throws Exception {
        CrossingNoticeDue arrival = notice("UGA", Direction.ENTRY);
        String json = EventCodec.toJson(arrival);

        jms.convertAndSend("hub.notices", json);
        jms.convertAndSend("hub.notices", json);

        await().atMost(Duration.ofSeconds(10)).until(() -> status(Destination.EMBASSY_NOTICE_FILES, arrival) == Delivery.Status.DELIVERED);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> entries(arrival) == 1);
        assertThat(files("UGA")).hasSize(1);
    }

    @Test
    void sendsNothingToAnEmbassyWithoutANoticeChannel() {
        CrossingNoticeDue noChannel = notice("IND", Direction.ENTRY);
        CrossingNoticeDue after = notice("GHA", Direction.ENTRY);

        jms.convertAndSend("hub.notices", EventCodec.toJson(noChannel));
        jms.convertAndSend("hub.notices", EventCodec.toJson(after));

        await().atMost(Duration.ofSeconds(10)).until(() -> entries(after) == 1);
        assertThat(entries(noChannel)).as("the queue is read in order: the notice before was taken, and left out").isZero();
    }

    private Delivery.Status status(Destination destination, CrossingNoticeDue notice) {
        return outbox.findByMessageId(destination, notice.noticeId().toString()).map(Delivery::status).orElse(null);
    }

    private long entries(CrossingNoticeDue notice) {
        return hubDb.queryForObject("select count(*) from delivery where message_id = ?", Long.class,
                notice.noticeId().toString());
    }

    private static List<String> files(String embassy) throws IOException {
        try (Stream<Path> files = Files.list(OUTBOX.resolve(embassy))) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** The notice to the embassy of a traveller of this nationality who crossed at Queen Alia at the ICD's example time. */
    private static CrossingNoticeDue notice(String nationality, Direction direction) {
        return CrossingNoticeDue.of(NoticeReceiver.EMBASSY, UUID.randomUUID(), direction, PassportNo.of("P1234567A"),
                CountryCode.of(nationality), CrossingPoint.AMM, Instant.parse("2026-03-20T00:12:45Z"), null);
    }

    private static FakePhlEmbassy start() {
        try {
            return new FakePhlEmbassy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path outbox() {
        try {
            return Files.createTempDirectory("embassy-outbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
