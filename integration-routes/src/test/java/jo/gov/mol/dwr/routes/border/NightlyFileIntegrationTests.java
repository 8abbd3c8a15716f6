package jo.gov.mol.dwr.routes.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jo.gov.mol.dwr.routes.app.HubApplication;

/** Nightly crossings files dropped into the border inbox: complete files only, trailer checked, bad rows reported. */
@SpringBootTest(classes = HubApplication.class)
class NightlyFileIntegrationTests {
    private static final Path INBOX = inbox();
    private static final String LINE1 = "P<PHLDELA<CRUZ<<MARIA<CLARA<SANTOS<<<<<<<<<<";
    private static final String LINE2 = "P1234567A1PHL9407152F3107140<<<<<<<<<<<<<<08";
    private static final String HEADER = "event_id,crossing_point,direction,occurred_at,mrz_line1,mrz_line2,visa_ref";

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        registry.add("hub.border.inbox", INBOX::toString);
    }

    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;
    @Autowired
    JmsTemplate jms;

    @Test
    void loadsEveryRowOfAGoodFileAndMovesItToDoneWithItsReport() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        drop("CROSSINGS_AMM_20260320.csv", List.of(row(first, "ENTRY", LINE2), row(second, "EXIT", LINE2)), 2);

        awaitMoved("done", "CROSSINGS_AMM_20260320.csv");
        assertThat(logged(first)).isEqualTo(1);
        assertThat(logged(second)).isEqualTo(1);
        assertThat(Files.readAllLines(INBOX.resolve("done/CROSSINGS_AMM_20260320.csv.report.csv"))).containsExactly("line,field,code,reason");
    }

    @Test
    void reportsABadRowWithItsLineWhileTheOtherRowsLoad() throws Exception {
        String good = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();

        drop("CROSSINGS_KHB_20260320.csv", List.of(row(good, "ENTRY", LINE2), row(bad, "ENTRY", LINE2.substring(0, 43) + "7")), 2);

        awaitMoved("done", "CROSSINGS_KHB_20260320.csv");
        assertThat(logged(good)).isEqualTo(1);
        assertThat(logged(bad)).isZero();
        List<String> report = Files.readAllLines(INBOX.resolve("done/CROSSINGS_KHB_20260320.csv.report.csv"));
        assertThat(report).hasSize(2);
        assertThat(report.get(1)).startsWith("3,mrz_line2,invalid_check_digit,");
    }

    @Test
    void refusesAWholeFileWhoseTrailerDoesNotCountItsRows() throws Exception {
        String eventId = UUID.randomUUID().toString();

        drop("CROSSINGS_AQJ_20260320.csv", List.of(row(eventId, "ENTRY", LINE2)), 5);

        awaitMoved("rejected", "CROSSINGS_AQJ_20260320.csv");
        assertThat(logged(eventId)).as("nothing of a refused file is loaded").isZero();
        assertThat(Files.readString(INBOX.resolve("rejected/CROSSINGS_AQJ_20260320.csv.report.csv"))).contains("trailer_mismatch");
    }

    @Test
    void neverReadsAFileStillBeingWrittenAndTreatsARealTimeTwinAsADuplicate() throws Exception {
        String eventId = UUID.randomUUID().toString();
        Files.writeString(INBOX.resolve("CROSSINGS_SHB_20260320.csv.part"), HEADER + "\n" + row(eventId, "ENTRY", LINE2) + "\n");
        jms.convertAndSend("border.crossings", realTime(eventId));
        await().atMost(Duration.ofSeconds(10)).until(() -> logged(eventId) == 1);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Files.exists(INBOX.resolve("CROSSINGS_SHB_20260320.csv.part")));
        Files.move(INBOX.resolve("CROSSINGS_SHB_20260320.csv.part"), INBOX.resolve("CROSSINGS_SHB_20260320.csv.tmp"));
        drop("CROSSINGS_SHB_20260320.csv", List.of(row(eventId, "ENTRY", LINE2)), 1);

        awaitMoved("done", "CROSSINGS_SHB_20260320.csv");
        assertThat(logged(eventId)).as("the file's copy of a real-time crossing is a duplicate").isEqualTo(1);
    }

    private long logged(String eventId) {
        return hubDb.queryForObject("select count(*) from inbound_message where source_system = 'BORDER' and message_id = ?",
                Long.class, eventId);
    }

    private static void drop(String name, List<String> rows, int trailer) throws IOException {
        String content = HEADER + "\n" + String.join("\n", rows) + "\n#TOTAL," + trailer + "\n";
        Path part = INBOX.resolve(name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, INBOX.resolve(name));
    }

    private static void awaitMoved(String folder, String name) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(INBOX.resolve(folder).resolve(name))
                && Files.exists(INBOX.resolve(folder).resolve(name + ".report.csv")));
    }

    private static String row(String eventId, String direction, String line2) {
        return String.join(",", eventId, "AMM", direction, "20/03/2026 03:12:45", LINE1, line2,
                direction.equals("ENTRY") ? "MOI-APR-2026-000456" : "");
    }

    private static String realTime(String eventId) {
        return """
                <Crossing xmlns="urn:jo:gov:psd:border:1"><EventId>%s</EventId><CrossingPoint>AMM</CrossingPoint>
                <Direction>ENTRY</Direction><OccurredAt>2026-03-20T03:12:45+03:00</OccurredAt>
                <MrzLine1>%s</MrzLine1><MrzLine2>%s</MrzLine2><VisaRef>MOI-APR-2026-000456</VisaRef></Crossing>"""
                .formatted(eventId, LINE1.replace("<", "&lt;"), LINE2.replace("<", "&lt;"));
    }

    private static Path inbox() {
        try {
            return Files.createTempDirectory("border-inbox");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
