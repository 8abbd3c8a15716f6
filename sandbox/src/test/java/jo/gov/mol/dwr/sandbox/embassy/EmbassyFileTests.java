package jo.gov.mol.dwr.sandbox.embassy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.embassy.EmbassyCsvRecords;
import jo.gov.mol.dwr.mappings.embassy.EmbassyFileRecord;
import jo.gov.mol.dwr.mappings.embassy.LkaExports;
import jo.gov.mol.dwr.mappings.validation.ValidationError;
import jo.gov.mol.dwr.sandbox.embassy.PlannedRecord.Twist;

class EmbassyFileTests {
    private static final OffsetDateTime GENERATED = OffsetDateTime.parse("2026-11-25T12:00:00+03:00");
    private static final List<PlannedRecord> RECORDS = EmbassyRecordPlanTests.plan();
    private static final List<PlannedRecord> LKA = RECORDS.stream().filter(r -> r.embassy().equals("LKA")).toList();
    private static final List<PlannedRecord> LKA_BROKEN = LKA.stream().filter(r -> r.twist() == Twist.BROKEN_FIRST).toList();

    @Test
    void theLkaExportIsReadRecordByRecordAndTheBrokenOneReportedAtItsLine() {
        EmbassyFile export = LkaExport.write("SLBFE_EXPORT_1.xml", GENERATED, LKA, LKA_BROKEN);

        List<EmbassyFileRecord> read = LkaExports.read(export.content());

        assertThat(read).hasSize(LKA.size());
        for (int i = 0; i < read.size(); i++) {
            EmbassyFile.Entry written = export.records().get(i);
            assertThat(read.get(i).line()).isEqualTo(written.line());
            assertThat(read.get(i).reference()).isEqualTo(written.record().reference());
            if (written.isBad()) {
                assertThat(read.get(i).errors()).extracting(ValidationError::field).containsOnly(LkaExport.BAD_FIELD);
            } else {
                assertThat(read.get(i).isRead()).isTrue();
            }
        }
        assertThat(export.bad()).hasSize(1);
        assertThat(new String(export.content(), StandardCharsets.UTF_8)).contains("<SlbfeExport xmlns=\"urn:lk:gov:slbfe:amman:1\"");
    }

    @Test
    void theReExportRepeatsUnchangedRecordsUnderTheirMessageIdsAndGivesTheChangedOneANewVersion() {
        Map<String, String> first = messageIds(LkaExport.write("SLBFE_EXPORT_1.xml", GENERATED, LKA, List.of()));
        List<PlannedRecord> again = LKA.stream().map(r -> r.twist() == Twist.CHANGED_LATER ? r.changed() : r).toList();

        List<EmbassyFileRecord> reExport = LkaExports.read(LkaExport.write("SLBFE_EXPORT_2.xml", GENERATED.plusHours(1), again, List.of()).content());

        PlannedRecord changed = LKA.stream().filter(r -> r.twist() == Twist.CHANGED_LATER).findFirst().orElseThrow();
        assertThat(reExport).allSatisfy(record -> {
            if (record.reference().equals(changed.reference())) {
                assertThat(record.messageId()).isNotEqualTo(first.get(record.reference()));
                assertThat(((ContractAttested) record.event()).salary().amount()).isEqualByComparingTo(changed.salary().add(BigDecimal.valueOf(25)));
            } else {
                assertThat(record.messageId()).isEqualTo(first.get(record.reference()));
            }
        });
    }

    @Test
    void aCsvFileHasThePublishedHeaderDayFirstDatesAndQuotesAValueHoldingAComma() {
        List<PlannedRecord> kenya = RECORDS.stream().filter(r -> r.embassy().equals("KEN")).toList();

        String text = new String(EmbassyCsvFile.write("KEN", "KEN_RECORDS_1.csv", kenya, List.of()).content(), StandardCharsets.UTF_8);

        PlannedRecord first = kenya.get(0);
        assertThat(text).startsWith(String.join(",", EmbassyCsvRecords.COLUMNS) + "\n");
        assertThat(text).contains("\"" + first.worker().surname() + ", " + first.worker().givenNames() + "\"");
        assertThat(text).contains("%02d/%02d/%d".formatted(first.date().getDayOfMonth(), first.date().getMonthValue(), first.date().getYear()));
    }

    @Test
    void everyCsvRowIsReadByTheContractButTheBrokenOneWhichIsReportedAtItsLine() {
        for (String embassy : EmbassyCsvRecords.EMBASSIES) {
            List<PlannedRecord> records = RECORDS.stream().filter(r -> r.embassy().equals(embassy)).toList();
            List<PlannedRecord> broken = records.stream().filter(r -> r.twist() == Twist.BROKEN_FIRST).toList();
            EmbassyFile file = EmbassyCsvFile.write(embassy, embassy + "_RECORDS_1.csv", records, broken);

            AcceptedVersions versions = new AcceptedVersions();
            versions.addFile(file);

            assertThat(versions.list()).hasSize(records.size() - broken.size());
            assertThat(file.bad()).extracting(EmbassyFile.Entry::badField).allMatch(EmbassyCsvFile.BAD_FIELD::equals);
            file.bad().forEach(bad -> {
                String row = new String(file.content(), StandardCharsets.UTF_8).split("\n")[(int) bad.line() - 1];
                assertThat(row).contains(bad.record().reference());
                EmbassyFileRecord read = EmbassyCsvRecords.read(CountryCode.of(embassy), values(row), bad.line(), row);
                assertThat(read.errors()).extracting(ValidationError::field).contains(EmbassyCsvFile.BAD_FIELD);
            });
        }
        assertThat(RECORDS.stream().filter(r -> EmbassyCsvRecords.EMBASSIES.contains(r.embassy()) && r.twist() == Twist.BROKEN_FIRST)).hasSize(1);
    }

    private static List<String> values(String row) {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(row))) {
            return parser.getRecords().get(0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> messageIds(EmbassyFile file) {
        return LkaExports.read(file.content()).stream().collect(Collectors.toMap(EmbassyFileRecord::reference, EmbassyFileRecord::messageId));
    }
}
