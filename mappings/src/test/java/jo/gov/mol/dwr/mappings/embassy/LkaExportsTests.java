package jo.gov.mol.dwr.mappings.embassy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/** Sri Lanka's export files (interfaces.md 4b): each record on its own, reported by the line it starts on. */
class LkaExportsTests {
    static final String EXPORT = """
            <SlbfeExport xmlns="urn:lk:gov:slbfe:amman:1" generatedAt="2026-03-02T18:00:00+03:00">
              <Attestation ref="LK-ATT-2026-00077" date="02/03/2026" status="ATTESTED">
                <Worker passport="N7654321" name="HERATH MUDIYANSELAGE KUMARI" dob="21/11/1990" sex="F"/>
                <Agency licence="RO-0031"/><Employer id="9870001234"/>
                <Salary currency="USD">300</Salary>
              </Attestation>
              <WelfareCase ref="LK-CASE-2026-00012" date="09/04/2026" category="SHELTER_ADMISSION">
                <Worker passport="N7654321" name="HERATH MUDIYANSELAGE KUMARI" dob="21/11/1990" sex="F"/>
                <Agency licence="RO-0031"/><Employer id="9870001234"/>
              </WelfareCase>
            </SlbfeExport>
            """;

    @Test
    void readsEveryRecordOfTheExample() {
        List<EmbassyFileRecord> records = LkaExports.read(bytes(EXPORT));

        assertThat(records).extracting(EmbassyFileRecord::line, EmbassyFileRecord::isRead)
                .containsExactly(tuple(2L, true), tuple(7L, true));
        ContractAttested attested = (ContractAttested) records.get(0).event();
        assertThat(attested.embassy().value()).isEqualTo("LKA");
        assertThat(attested.attestationRef().value()).isEqualTo("LK-ATT-2026-00077");
        assertThat(attested.time().date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(attested.time().occurredAt()).isNull();
        assertThat(attested.status()).isEqualTo(AttestationStatus.ATTESTED);
        assertThat(attested.worker().nameLatin()).isEqualTo("HERATH MUDIYANSELAGE KUMARI");
        assertThat(attested.worker().passport().key()).isEqualTo("LKA:N7654321");
        assertThat(attested.worker().birthDate()).isEqualTo(LocalDate.of(1990, 11, 21));
        assertThat(attested.office().value()).isEqualTo("RO-0031");
        assertThat(attested.salary().amount()).isEqualByComparingTo("300");
        WelfareCaseRecorded recorded = (WelfareCaseRecorded) records.get(1).event();
        assertThat(recorded.category()).isEqualTo(WelfareCategory.SHELTER_ADMISSION);
        assertThat(records.get(0).raw()).startsWith("<Attestation").contains("LK-ATT-2026-00077");
    }

    @Test
    void aBadRecordIsReportedWithItsLineWhileTheOthersRead() {
        String export = EXPORT.replace("dob=\"21/11/1990\" sex=\"F\"/>\n    <Agency licence=\"RO-0031\"/><Employer id=\"9870001234\"/>\n    <Salary",
                        "dob=\"1990-11-21\" sex=\"F\"/>\n    <Agency licence=\"RO-0031\"/><Employer id=\"9870001234\"/>\n    <Salary")
                .replace("status=\"ATTESTED\"", "status=\"REFUSED\"");

        List<EmbassyFileRecord> records = LkaExports.read(bytes(export));

        assertThat(records.get(0).isRead()).isFalse();
        assertThat(records.get(0).line()).isEqualTo(2);
        assertThat(records.get(0).reference()).isEqualTo("LK-ATT-2026-00077");
        assertThat(records.get(0).errors()).extracting(ValidationError::field, ValidationError::code)
                .containsExactlyInAnyOrder(tuple("Worker/@dob", ErrorCode.INVALID_FORMAT),
                        tuple("Reason", ErrorCode.REQUIRED));
        assertThat(records.get(1).isRead()).isTrue();
    }

    @Test
    void aRecordMissingItsSalaryOrOfAnUnknownKindIsRefusedAlone() {
        String export = EXPORT.replace("<Salary currency=\"USD\">300</Salary>", "")
                .replace("</SlbfeExport>", "  <Repatriation ref=\"X-1\"/>\n</SlbfeExport>");

        List<EmbassyFileRecord> records = LkaExports.read(bytes(export));

        assertThat(records).extracting(EmbassyFileRecord::isRead).containsExactly(false, true, false);
        assertThat(records.get(0).errors()).extracting(ValidationError::field).contains("Salary");
        assertThat(records.get(2).errors()).extracting(ValidationError::code)
                .containsExactly(ErrorCode.UNKNOWN_MESSAGE_TYPE);
        assertThat(records.get(2).line()).isEqualTo(11);
    }

    @Test
    void refusesAFileThatIsNoExportWhole() {
        assertThatThrownBy(() -> LkaExports.read(bytes("<Other xmlns=\"urn:x\"/>")))
                .isInstanceOfSatisfying(InvalidMessageException.class, refused -> assertThat(refused.errors())
                        .extracting(ValidationError::code).containsExactly(ErrorCode.UNKNOWN_MESSAGE_TYPE));
        assertThatThrownBy(() -> LkaExports.read(bytes("<!DOCTYPE x [<!ENTITY a \"b\">]><SlbfeExport/>")))
                .isInstanceOfSatisfying(InvalidMessageException.class, refused -> assertThat(refused.errors())
                        .extracting(ValidationError::code).containsExactly(ErrorCode.MALFORMED_MESSAGE));
    }

    @Test
    void anUnchangedRecordKeepsItsMessageIdAndAChangedOneGetsAnother() {
        EmbassyFileRecord first = LkaExports.read(bytes(EXPORT)).get(0);
        EmbassyFileRecord reexported = LkaExports.read(bytes(EXPORT.replace("  <Attestation", "<Attestation"))).get(0);
        EmbassyFileRecord changed = LkaExports.read(bytes(EXPORT.replace(">300<", ">350<"))).get(0);

        assertThat(reexported.messageId()).isEqualTo(first.messageId()).startsWith("LK-ATT-2026-00077#");
        assertThat(changed.messageId()).isNotEqualTo(first.messageId()).startsWith("LK-ATT-2026-00077#");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
