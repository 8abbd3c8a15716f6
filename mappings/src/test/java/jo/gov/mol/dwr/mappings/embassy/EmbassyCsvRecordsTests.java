package jo.gov.mol.dwr.mappings.embassy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Currency;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/** Rows of the other embassies' CSV files (interfaces.md 4c), problems named by column. */
class EmbassyCsvRecordsTests {
    static final CountryCode KENYA = CountryCode.of("KEN");

    @Test
    void readsAnAttestationRow() {
        EmbassyFileRecord record = read("ATTESTATION,KE-ATT-2026-0001,03/03/2026,AK1234567,\"WANJIRU, GRACE AKINYI\","
                + "12/05/1995,F,RO-0142,9871234567,320.50,USD,ATTESTED,,");

        ContractAttested attested = (ContractAttested) record.event();
        assertThat(attested.embassy()).isEqualTo(KENYA);
        assertThat(attested.worker().nameLatin()).isEqualTo("WANJIRU, GRACE AKINYI");
        assertThat(attested.worker().passport().key()).isEqualTo("KEN:AK1234567");
        assertThat(attested.worker().birthDate()).isEqualTo(LocalDate.of(1995, 5, 12));
        assertThat(attested.time().date()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(attested.salary().amount()).isEqualByComparingTo("320.50");
        assertThat(attested.salary().currency()).isEqualTo(Currency.USD);
        assertThat(attested.status()).isEqualTo(AttestationStatus.ATTESTED);
    }

    @Test
    void readsAWelfareCaseRowWithoutSalary() {
        EmbassyFileRecord record = read("WELFARE_CASE,KE-CASE-2026-0009,10/04/2026,AK1234567,GRACE AKINYI WANJIRU,"
                + "12/05/1995,F,,,,,,MISSING_WORKER,");

        WelfareCaseRecorded recorded = (WelfareCaseRecorded) record.event();
        assertThat(recorded.category()).isEqualTo(WelfareCategory.MISSING_WORKER);
        assertThat(recorded.office()).isNull();
        assertThat(recorded.employer()).isNull();
    }

    @Test
    void namesEveryBadColumn() {
        EmbassyFileRecord record = read("ATTESTATION,KE-ATT-2026-0002,2026-03-03,AK1234567,,12/05/1995,W,RO-142,"
                + "9871234567,abc,EUR,REFUSED,,");

        assertThat(record.isRead()).isFalse();
        assertThat(record.line()).isEqualTo(7);
        assertThat(record.reference()).isEqualTo("KE-ATT-2026-0002");
        assertThat(record.errors()).extracting(ValidationError::field, ValidationError::code).containsExactlyInAnyOrder(
                tuple("event_date", ErrorCode.INVALID_FORMAT),
                tuple("full_name", ErrorCode.REQUIRED),
                tuple("sex", ErrorCode.INVALID_VALUE),
                tuple("office_licence_no", ErrorCode.INVALID_FORMAT),
                tuple("monthly_salary", ErrorCode.INVALID_FORMAT),
                tuple("currency", ErrorCode.INVALID_VALUE),
                tuple("reason", ErrorCode.REQUIRED));
    }

    @Test
    void refusesAnUnknownRecordTypeAndAShortRow() {
        assertThat(read("VISA,KE-1,03/03/2026").errors()).extracting(ValidationError::field)
                .contains("record_type", "passport_no", "date_of_birth");
    }

    private static EmbassyFileRecord read(String row) {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(row))) {
            return EmbassyCsvRecords.read(KENYA, parser.getRecords().get(0).toList(), 7, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
