package jo.gov.mol.dwr.routes.border;

import static jo.gov.mol.dwr.routes.border.CrossingSamples.LINE2;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.LINE2_BAD_CHECK_DIGIT;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.NIGHTLY_HEADER;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.nightlyRow;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.realTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
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

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.routes.app.HubApplication;
import jo.gov.mol.dwr.routes.refusal.DeadLetterStore;
import jo.gov.mol.dwr.routes.refusal.Origin;

/** Nightly crossings files dropped into the border inbox: complete files only, trailer checked, bad rows reported. */
@SpringBootTest(classes = HubApplication.class)
class NightlyFileIntegrationTests {
    private static final Path INBOX = inbox();

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        registry.add("hub.border.inbox", INBOX::toString);
    }

    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;
    @Autowired
    JmsTemplate jms;
    @Autowired
    DeadLetterStore deadLetters;

    @Test
    void loadsEveryRowOfAGoodFileAndMovesItToDoneWithItsReport() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        drop("CROSSINGS_AMM_20260320.csv", List.of(row(first, "ENTRY"), row(second, "EXIT")), 2);

        awaitFiled("done", "CROSSINGS_AMM_20260320.csv");
        assertThat(logged(first)).isEqualTo(1);
        assertThat(logged(second)).isEqualTo(1);
        assertThat(Files.readAllLines(INBOX.resolve("done/CROSSINGS_AMM_20260320.csv.report.csv"))).containsExactly("line,field,code,reason");
    }

    @Test
    void reportsABadRowWithItsLineWhileTheOtherRowsLoad() throws Exception {
        String good = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();

        drop("CROSSINGS_KHB_20260320.csv", List.of(nightlyRow(good, "KHB", "ENTRY", "20/03/2026 03:12:45", LINE2),
                nightlyRow(bad, "KHB", "ENTRY", "20/03/2026 03:12:45", LINE2_BAD_CHECK_DIGIT)), 2);

        awaitFiled("done", "CROSSINGS_KHB_20260320.csv");
        assertThat(logged(good)).isEqualTo(1);
        assertThat(logged(bad)).isZero();
        List<String> report = Files.readAllLines(INBOX.resolve("done/CROSSINGS_KHB_20260320.csv.report.csv"));
        assertThat(report).hasSize(2);
        assertThat(report.get(1)).startsWith("3,mrz_line2,invalid_check_digit,");
        DeadLetterStore.InboundDeadLetter kept = deadLetters.find(SourceSystem.BORDER, bad).get(0);
        assertThat(kept.origin()).isEqualTo(Origin.row("CROSSINGS_KHB_20260320.csv", 3));
    }

    @Test
    void refusesARowOfAnotherCrossingPointWithItsLine() throws Exception {
        String own = UUID.randomUUID().toString();
        String foreign = UUID.randomUUID().toString();

        drop("CROSSINGS_WAR_20260320.csv", List.of(nightlyRow(own, "WAR", "ENTRY", "20/03/2026 03:12:45", LINE2),
                nightlyRow(foreign, "KHB", "EXIT", "20/03/2026 11:00:00", LINE2)), 2);

        awaitFiled("done", "CROSSINGS_WAR_20260320.csv");
        assertThat(logged(own)).isEqualTo(1);
        assertThat(logged(foreign)).as("a row of another point's crossing is not this file's").isZero();
        List<String> report = Files.readAllLines(INBOX.resolve("done/CROSSINGS_WAR_20260320.csv.report.csv"));
        assertThat(report).hasSize(2);
        assertThat(report.get(1)).startsWith("3,crossing_point,crossing_point_mismatch,")
                .contains("KHB").contains("WAR");
        assertThat(deadLetters.find(SourceSystem.BORDER, foreign)).singleElement()
                .satisfies(kept -> assertThat(kept.origin()).isEqualTo(Origin.row("CROSSINGS_WAR_20260320.csv", 3)));
    }

    @Test
    void takesARowOfTheNextDayForACrossingLateAtNightLandsInTheNextFile() throws Exception {
        String lateAtNight = UUID.randomUUID().toString();

        drop("CROSSINGS_OMR_20260320.csv", List.of(nightlyRow(lateAtNight, "OMR", "ENTRY", "21/03/2026 00:20:00", LINE2)), 1);

        awaitFiled("done", "CROSSINGS_OMR_20260320.csv");
        assertThat(logged(lateAtNight)).isEqualTo(1);
        assertThat(Files.readAllLines(INBOX.resolve("done/CROSSINGS_OMR_20260320.csv.report.csv"))).containsExactly("line,field,code,reason");
    }

    @Test
    void refusesAWholeFileWhoseTrailerDoesNotCountItsRows() throws Exception {
        String eventId = UUID.randomUUID().toString();

        drop("CROSSINGS_AQJ_20260320.csv", List.of(nightlyRow(eventId, "AQJ", "ENTRY", "20/03/2026 03:12:45", LINE2)), 5);

        awaitFiled("rejected", "CROSSINGS_AQJ_20260320.csv");
        assertThat(logged(eventId)).as("nothing of a refused file is loaded").isZero();
        assertThat(Files.readString(INBOX.resolve("rejected/CROSSINGS_AQJ_20260320.csv.report.csv"))).contains("trailer_mismatch");
        assertThat(hubDb.queryForObject("select count(*) from inbound_dead_letter where source_file = ? and source_line is null",
                Long.class, "CROSSINGS_AQJ_20260320.csv")).isEqualTo(1);
    }

    @Test
    void neverReadsAFileStillBeingWrittenAndTreatsARealTimeTwinAsADuplicate() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String row = nightlyRow(eventId, "SHB", "ENTRY", "20/03/2026 03:12:45", LINE2);
        Files.writeString(INBOX.resolve("CROSSINGS_SHB_20260320.csv.part"), NIGHTLY_HEADER + "\n" + row + "\n");
        jms.convertAndSend("border.crossings", realTime(eventId, "SHB", LINE2));
        await().atMost(Duration.ofSeconds(10)).until(() -> logged(eventId) == 1);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Files.exists(INBOX.resolve("CROSSINGS_SHB_20260320.csv.part")));
        Files.move(INBOX.resolve("CROSSINGS_SHB_20260320.csv.part"), INBOX.resolve("CROSSINGS_SHB_20260320.csv.tmp"));
        drop("CROSSINGS_SHB_20260320.csv", List.of(row), 1);

        awaitFiled("done", "CROSSINGS_SHB_20260320.csv");
        assertThat(logged(eventId)).as("the file's copy of a real-time crossing is a duplicate").isEqualTo(1);
    }

    private long logged(String eventId) {
        return hubDb.queryForObject("select count(*) from inbound_message where source_system = 'BORDER' and message_id = ?",
                Long.class, eventId);
    }

    /** A row of Queen Alia airport (AMM) at interfaces.md's example time. */
    private static String row(String eventId, String direction) {
        return nightlyRow(eventId, "AMM", direction, "20/03/2026 03:12:45", LINE2);
    }

    private static void drop(String name, List<String> rows, int trailer) throws IOException {
        CrossingSamples.dropNightlyFile(INBOX, name, rows, trailer);
    }

    private static void awaitFiled(String folder, String name) {
        CrossingSamples.awaitFiled(INBOX, folder, name);
    }

    private static Path inbox() {
        try {
            return Files.createTempDirectory("border-inbox");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
