package jo.gov.mol.dwr.mappings.embassy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.Currency;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/** The Philippine embassy's JSON events (interfaces.md 4a), valid and broken. */
class PhlEventsTests {
    static final String VERIFICATION = """
            { "eventId": "7c6a9d0e-1f0b-4a55-9b66-0c8d9b1f2a33",
              "type": "CONTRACT_VERIFICATION",
              "occurredAt": "2026-03-05T10:15:00+03:00",
              "worker": { "passportNo": "P1234567A", "lastName": "DELA CRUZ", "firstName": "MARIA CLARA",
                          "middleName": "SANTOS", "birthDate": "1994-07-15", "sex": "F" },
              "agencyLicenceNo": "RO-0142", "employerId": "9871234567",
              "monthlySalary": { "amount": 400, "currency": "USD" },
              "verification": { "reference": "PH-VER-2026-000123", "status": "VERIFIED", "reason": null } }
            """;
    static final String WELFARE_CASE = """
            { "eventId": "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
              "type": "WELFARE_CASE",
              "occurredAt": "2026-04-09T08:00:00+03:00",
              "worker": { "passportNo": "P1234567A", "lastName": "DELA CRUZ", "firstName": "MARIA CLARA",
                          "birthDate": "1994-07-15", "sex": "F" },
              "agencyLicenceNo": "RO-0142",
              "case": { "reference": "PH-CASE-2026-000045", "category": "SHELTER_ADMISSION",
                        "summary": "Came to the shelter at night." } }
            """;

    @Test
    void readsAContractVerificationAsAnAttestation() {
        PhlMessage message = PhlEvents.read(bytes(VERIFICATION));

        assertThat(message.eventId()).isEqualTo("7c6a9d0e-1f0b-4a55-9b66-0c8d9b1f2a33");
        ContractAttested attested = (ContractAttested) message.event();
        assertThat(attested.embassy().value()).isEqualTo("PHL");
        assertThat(attested.attestationRef().value()).isEqualTo("PH-VER-2026-000123");
        assertThat(attested.status()).isEqualTo(AttestationStatus.ATTESTED);
        assertThat(attested.reason()).isNull();
        assertThat(attested.time().occurredAt()).isEqualTo(Instant.parse("2026-03-05T07:15:00Z"));
        assertThat(attested.time().date()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(attested.worker().nameLatin()).isEqualTo("MARIA CLARA SANTOS DELA CRUZ");
        assertThat(attested.worker().passport().issuingState().value()).isEqualTo("PHL");
        assertThat(attested.worker().passport().number().value()).isEqualTo("P1234567A");
        assertThat(attested.worker().birthDate()).isEqualTo(LocalDate.of(1994, 7, 15));
        assertThat(attested.worker().sex()).isEqualTo(Sex.F);
        assertThat(attested.office().value()).isEqualTo("RO-0142");
        assertThat(attested.employer().value()).isEqualTo("9871234567");
        assertThat(attested.salary().amount()).isEqualByComparingTo(new BigDecimal("400"));
        assertThat(attested.salary().currency()).isEqualTo(Currency.USD);
    }

    @Test
    void readsADeniedVerificationAsARefusalWithItsReason() {
        String denied = VERIFICATION.replace("\"VERIFIED\", \"reason\": null", "\"DENIED\", \"reason\": \"salary below the minimum\"");

        ContractAttested attested = (ContractAttested) PhlEvents.read(bytes(denied)).event();

        assertThat(attested.status()).isEqualTo(AttestationStatus.REFUSED);
        assertThat(attested.reason()).isEqualTo("salary below the minimum");
    }

    @Test
    void readsAWelfareCase() {
        WelfareCaseRecorded recorded = (WelfareCaseRecorded) PhlEvents.read(bytes(WELFARE_CASE)).event();

        assertThat(recorded.caseRef().value()).isEqualTo("PH-CASE-2026-000045");
        assertThat(recorded.category()).isEqualTo(WelfareCategory.SHELTER_ADMISSION);
        assertThat(recorded.summary()).isEqualTo("Came to the shelter at night.");
        assertThat(recorded.worker().nameLatin()).isEqualTo("MARIA CLARA DELA CRUZ");
        assertThat(recorded.employer()).isNull();
    }

    @Test
    void namesEveryBadFieldByItsPointer() {
        String broken = VERIFICATION.replace("\"birthDate\": \"1994-07-15\"", "\"birthDate\": \"15/07/1994\"")
                .replace("\"sex\": \"F\"", "\"sex\": \"X\"")
                .replace("\"agencyLicenceNo\": \"RO-0142\", ", "")
                .replace("\"amount\": 400", "\"amount\": -5")
                .replace("\"status\": \"VERIFIED\"", "\"status\": \"MAYBE\"");

        assertThatThrownBy(() -> PhlEvents.read(bytes(broken))).isInstanceOfSatisfying(InvalidMessageException.class,
                refused -> assertThat(refused.errors()).extracting(ValidationError::field, ValidationError::code)
                        .containsExactlyInAnyOrder(
                                tuple("/worker/birthDate", ErrorCode.INVALID_FORMAT),
                                tuple("/worker/sex", ErrorCode.INVALID_VALUE),
                                tuple("/agencyLicenceNo", ErrorCode.REQUIRED),
                                tuple("/monthlySalary/amount", ErrorCode.OUT_OF_RANGE),
                                tuple("/verification/status", ErrorCode.INVALID_VALUE)));
    }

    @Test
    void requiresTheWorkerAndAnOffsetOnTheTime() {
        String broken = WELFARE_CASE.replace("2026-04-09T08:00:00+03:00", "2026-04-09T08:00:00")
                .replaceAll("\"worker\": \\{[^}]*},", "");

        assertThatThrownBy(() -> PhlEvents.read(bytes(broken))).isInstanceOfSatisfying(InvalidMessageException.class,
                refused -> assertThat(refused.errors()).extracting(ValidationError::field, ValidationError::code)
                        .contains(tuple("/worker", ErrorCode.REQUIRED), tuple("/occurredAt", ErrorCode.INVALID_FORMAT)));
    }

    @Test
    void refusesABodyThatIsNotOneJsonObject() {
        for (String body : new String[] {"", "[1,2]", "{\"eventId\": ", "{\"a\":1,\"a\":2}"}) {
            assertThatThrownBy(() -> PhlEvents.read(bytes(body))).isInstanceOfSatisfying(InvalidMessageException.class,
                    refused -> assertThat(refused.errors()).extracting(ValidationError::code)
                            .containsExactly(ErrorCode.MALFORMED_MESSAGE));
        }
    }

    @Test
    void aSecondVersionWithTheSameContentIsTheSameFactWhateverItsSpacing() {
        assertThat(PhlEvents.read(bytes(VERIFICATION.replaceAll("\\s*\n\\s*", ""))).event())
                .isEqualTo(PhlEvents.read(bytes(VERIFICATION)).event());
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
