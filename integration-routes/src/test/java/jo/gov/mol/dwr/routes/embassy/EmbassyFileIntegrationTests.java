package jo.gov.mol.dwr.routes.embassy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.routes.app.HubApplication;
import jo.gov.mol.dwr.routes.refusal.DeadLetterStore;
import jo.gov.mol.dwr.routes.refusal.Origin;

/**
 * The embassies' files dropped into the hub's inbox (interfaces.md 4b, 4c): complete files only, each record into
 * intake, bad records reported by line, a file refused whole when it is not what the embassy publishes.
 */
@SpringBootTest(classes = HubApplication.class)
class EmbassyFileIntegrationTests {
    private static final Path INBOX = inbox();
    // the PostgreSQL test database outlives a run: references and file names of this run are its own
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private static final String CSV_HEADER = "record_type,reference,event_date,passport_no,full_name,date_of_birth,sex,"
            + "office_licence_no,employer_id,monthly_salary,currency,status,category,reason";

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        registry.add("hub.embassies.inbox", INBOX::toString);
        registry.add("hub.embassies.max-file-size", () -> "8KB");
    }

    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;
    @Autowired
    DeadLetterStore deadLetters;

    @Test
    void loadsEveryRecordOfAnLkaExportAndMovesItToDone() throws Exception {
        drop("LKA", "SLBFE_20260302.xml", export("LK-ATT-" + RUN + "-10001", "300", "LK-CASE-" + RUN + "-10001"));

        awaitFiled("LKA", "done", "SLBFE_20260302.xml");
        assertThat(report("LKA", "done", "SLBFE_20260302.xml")).containsExactly("line,field,code,reason");
        assertThat(versions(SourceSystem.EMBASSY_LKA, "LK-ATT-" + RUN + "-10001")).isEqualTo(1);
        assertThat(versions(SourceSystem.EMBASSY_LKA, "LK-CASE-" + RUN + "-10001")).isEqualTo(1);
        assertThat(hubDb.queryForMap("select message_id, account, sent_at, raw_message from inbound_message"
                + " where reference = 'LK-ATT-" + RUN + "-10001'")).satisfies(entry -> {
                    assertThat((String) entry.get("message_id")).startsWith("LK-ATT-" + RUN + "-10001#");
                    assertThat(entry.get("account")).isEqualTo("embassy-files");
                    assertThat(entry.get("sent_at")).as("arrival counts").isNull();
                    assertThat(new String((byte[]) entry.get("raw_message"), StandardCharsets.UTF_8))
                            .startsWith("<Attestation").contains("LK-ATT-" + RUN + "-10001").doesNotContain("WelfareCase");
                });
    }

    @Test
    void takesAnUnchangedReExportAsDuplicatesAndAChangedRecordAsANewVersion() throws Exception {
        drop("LKA", "SLBFE_20260303.xml", export("LK-ATT-" + RUN + "-10002", "300", "LK-CASE-" + RUN + "-10002"));
        awaitFiled("LKA", "done", "SLBFE_20260303.xml");

        drop("LKA", "SLBFE_20260304.xml", export("LK-ATT-" + RUN + "-10002", "300", "LK-CASE-" + RUN + "-10002"));
        awaitFiled("LKA", "done", "SLBFE_20260304.xml");
        assertThat(versions(SourceSystem.EMBASSY_LKA, "LK-ATT-" + RUN + "-10002")).as("an unchanged record again").isEqualTo(1);
        assertThat(versions(SourceSystem.EMBASSY_LKA, "LK-CASE-" + RUN + "-10002")).isEqualTo(1);

        drop("LKA", "SLBFE_20260305.xml", export("LK-ATT-" + RUN + "-10002", "350", "LK-CASE-" + RUN + "-10002"));
        awaitFiled("LKA", "done", "SLBFE_20260305.xml");
        assertThat(versions(SourceSystem.EMBASSY_LKA, "LK-ATT-" + RUN + "-10002")).as("a changed record").isEqualTo(2);
        assertThat(versions(SourceSystem.EMBASSY_LKA, "LK-CASE-" + RUN + "-10002")).isEqualTo(1);
    }

    @Test
    void reportsABadLkaRecordWithItsLineWhileTheOthersLoad() throws Exception {
        String export = export("LK-ATT-" + RUN + "-10003", "300", "LK-CASE-" + RUN + "-10003")
                .replaceFirst("dob=\"21/11/1990\"", "dob=\"1990-11-21\"");

        drop("LKA", "SLBFE_20260306.xml", export);

        awaitFiled("LKA", "done", "SLBFE_20260306.xml");
        assertThat(report("LKA", "done", "SLBFE_20260306.xml")).hasSize(2).element(1).asString()
                .startsWith("2,Worker/@dob,invalid_format,");
        assertThat(versions(SourceSystem.EMBASSY_LKA, "LK-ATT-" + RUN + "-10003")).isZero();
        assertThat(versions(SourceSystem.EMBASSY_LKA, "LK-CASE-" + RUN + "-10003")).isEqualTo(1);
        assertThat(deadLetters.find(SourceSystem.EMBASSY_LKA, "LK-ATT-" + RUN + "-10003")).singleElement()
                .satisfies(kept -> assertThat(kept.origin()).isEqualTo(Origin.row("SLBFE_20260306.xml", 2)));
    }

    @Test
    void refusesAFileThatIsNotAnExportWhole() throws Exception {
        drop("LKA", "NOTES_" + RUN + ".xml", "<Notes xmlns=\"urn:x\"/>");

        awaitFiled("LKA", "rejected", "NOTES_" + RUN + ".xml");
        assertThat(report("LKA", "rejected", "NOTES_" + RUN + ".xml")).hasSize(2).element(1).asString().startsWith("0,,unknown_message_type,");
        assertThat(wholeFileDeadLetters("NOTES_" + RUN + ".xml")).isEqualTo(1);
    }

    @Test
    void neverReadsAnExportStillBeingWritten() throws Exception {
        Path part = INBOX.resolve("LKA/SLBFE_20260307.xml.part");
        Files.createDirectories(part.getParent());
        Files.writeString(part, export("LK-ATT-" + RUN + "-10007", "300", "LK-CASE-" + RUN + "-10007"));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> Files.exists(part));
        assertThat(versions(SourceSystem.EMBASSY_LKA, "LK-ATT-" + RUN + "-10007")).isZero();
    }

    @Test
    void loadsTheRowsOfAnEmbassyCsvFileWithCommasInQuotedFields() throws Exception {
        drop("KEN", "KEN_20260310.csv", CSV_HEADER + "\n"
                + "ATTESTATION,KE-ATT-" + RUN + "-0001,10/03/2026,A1234567,\"WANJIKU, GRACE AKINYI\",02/02/1995,F,RO-0142,9871234567,300,USD,ATTESTED,,\n"
                + "WELFARE_CASE,KE-CASE-" + RUN + "-0001,11/03/2026,A1234567,\"WANJIKU, GRACE AKINYI\",02/02/1995,F,,,,,,SHELTER_ADMISSION,\n");

        awaitFiled("KEN", "done", "KEN_20260310.csv");
        assertThat(report("KEN", "done", "KEN_20260310.csv")).containsExactly("line,field,code,reason");
        assertThat(versions(SourceSystem.EMBASSY_KEN, "KE-ATT-" + RUN + "-0001")).isEqualTo(1);
        assertThat(versions(SourceSystem.EMBASSY_KEN, "KE-CASE-" + RUN + "-0001")).isEqualTo(1);
        assertThat(new String(hubDb.queryForObject("select raw_message from inbound_message where reference = 'KE-ATT-" + RUN + "-0001'",
                byte[].class), StandardCharsets.UTF_8)).as("the row as written").contains("\"WANJIKU, GRACE AKINYI\"");
    }

    @Test
    void reportsABadCsvRowWithItsPhysicalLineWhileTheOthersCount() throws Exception {
        drop("UGA", "UGA_20260310.csv", CSV_HEADER + "\n"
                + "ATTESTATION,UG-ATT-" + RUN + "-0001,10/03/2026,B7654321,NAKATO SARAH,02/02/1995,F,RO-0142,9871234567,300,USD,ATTESTED,,\n"
                + "ATTESTATION,UG-ATT-" + RUN + "-0002,31/02/2026,B7654322,NAMUBIRU JANE,02/02/1995,X,RO-0142,9871234567,300,USD,ATTESTED,,\n");

        awaitFiled("UGA", "done", "UGA_20260310.csv");
        List<String> report = report("UGA", "done", "UGA_20260310.csv");
        assertThat(report).hasSize(3);
        assertThat(report.subList(1, 3)).allSatisfy(line -> assertThat(line).startsWith("3,"))
                .anySatisfy(line -> assertThat(line).startsWith("3,event_date,invalid_format,"))
                .anySatisfy(line -> assertThat(line).startsWith("3,sex,invalid_value,"));
        assertThat(versions(SourceSystem.EMBASSY_UGA, "UG-ATT-" + RUN + "-0001")).isEqualTo(1);
        assertThat(versions(SourceSystem.EMBASSY_UGA, "UG-ATT-" + RUN + "-0002")).isZero();
        assertThat(deadLetters.find(SourceSystem.EMBASSY_UGA, "UG-ATT-" + RUN + "-0002")).singleElement()
                .satisfies(kept -> assertThat(kept.origin()).isEqualTo(Origin.row("UGA_20260310.csv", 3)));
    }

    @Test
    void refusesACsvFileWithAnotherHeaderWhole() throws Exception {
        drop("ETH", "ETH_20260310_" + RUN + ".csv", "reference,passport_no\nET-ATT-" + RUN + "-0001,C1234567\n");

        awaitFiled("ETH", "rejected", "ETH_20260310_" + RUN + ".csv");
        assertThat(report("ETH", "rejected", "ETH_20260310_" + RUN + ".csv")).hasSize(2).element(1).asString()
                .startsWith("0,header,malformed_message,");
        assertThat(wholeFileDeadLetters("ETH_20260310_" + RUN + ".csv")).isEqualTo(1);
    }

    @Test
    void refusesAFileOverTheSizeLimitWholeUnread() throws Exception {
        StringBuilder rows = new StringBuilder(CSV_HEADER + "\n");
        for (int i = 0; rows.length() <= 8 * 1024; i++) {
            rows.append("ATTESTATION,BD-ATT-2026-").append(1000 + i)
                    .append(",10/03/2026,E1234567,RAHMAN AYESHA,02/02/1995,F,RO-0142,9871234567,300,USD,ATTESTED,,\n");
        }

        drop("BGD", "BGD_20260310_" + RUN + ".csv", rows.toString());

        awaitFiled("BGD", "rejected", "BGD_20260310_" + RUN + ".csv");
        assertThat(report("BGD", "rejected", "BGD_20260310_" + RUN + ".csv")).hasSize(2).element(1).asString()
                .startsWith("0,,payload_too_large,");
        assertThat(versions(SourceSystem.EMBASSY_BGD, "BD-ATT-" + RUN + "-1000")).isZero();
        assertThat(wholeFileDeadLetters("BGD_20260310_" + RUN + ".csv")).isEqualTo(1);
    }

    private static String export(String attestation, String salary, String welfareCase) {
        return """
                <SlbfeExport xmlns="urn:lk:gov:slbfe:amman:1" generatedAt="2026-03-02T18:00:00+03:00">
                  <Attestation ref="%s" date="02/03/2026" status="ATTESTED">
                    <Worker passport="N7654321" name="HERATH MUDIYANSELAGE KUMARI" dob="21/11/1990" sex="F"/>
                    <Agency licence="RO-0031"/><Employer id="9870001234"/>
                    <Salary currency="USD">%s</Salary>
                  </Attestation>
                  <WelfareCase ref="%s" date="09/04/2026" category="SHELTER_ADMISSION">
                    <Worker passport="N7654321" name="HERATH MUDIYANSELAGE KUMARI" dob="21/11/1990" sex="F"/>
                    <Agency licence="RO-0031"/><Employer id="9870001234"/>
                  </WelfareCase>
                </SlbfeExport>
                """.formatted(attestation, salary, welfareCase);
    }

    private long versions(SourceSystem system, String reference) {
        return hubDb.queryForObject("select count(*) from inbound_message where source_system = ? and reference = ?",
                Long.class, system.name(), reference);
    }

    private long wholeFileDeadLetters(String name) {
        return hubDb.queryForObject("select count(*) from inbound_dead_letter where source_file = ? and source_line is null",
                Long.class, name);
    }

    /** Writes the file as an embassy does: under .part, renamed when complete. */
    private static void drop(String embassy, String name, String content) throws IOException {
        Path folder = Files.createDirectories(INBOX.resolve(embassy));
        Path part = folder.resolve(name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, folder.resolve(name));
    }

    private static void awaitFiled(String embassy, String folder, String name) {
        Path moved = INBOX.resolve(embassy).resolve(folder);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(moved.resolve(name))
                && Files.exists(moved.resolve(name + ".report.csv")));
    }

    private static List<String> report(String embassy, String folder, String name) throws IOException {
        return Files.readAllLines(INBOX.resolve(embassy).resolve(folder).resolve(name + ".report.csv"));
    }

    private static Path inbox() {
        try {
            return Files.createTempDirectory("embassy-inbox");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
