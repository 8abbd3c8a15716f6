package jo.gov.mol.dwr.mappings.mol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import jo.gov.mol.dwr.mappings.canonical.AbscondingReported;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Currency;
import jo.gov.mol.dwr.mappings.canonical.Employer;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.Money;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.mappings.canonical.Occupation;
import jo.gov.mol.dwr.mappings.canonical.OfficeLicenceRecorded;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.PermitNo;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;
import jo.gov.mol.dwr.mappings.canonical.WorkerTransferred;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;
import jo.gov.mol.dwr.mappings.xml.SafeXml;

/**
 * The MoL DWS events contract (interfaces.md 1a) against its golden samples: {@code mol/valid/<Element>.xml} map
 * to exact canonical facts, and each {@code mol/invalid/<Element>-<case>.xml} is refused naming every problem.
 */
class MolEventsTests {

    @Nested
    class ValidSamples {

        @Test
        void mapsRecruitmentRequestToRecruitmentRequested() {
            MolMessage message = read("valid/RecruitmentRequest.xml");

            assertThat(message).isEqualTo(new MolMessage("5f1d2f7e-4a43-4d7e-9a43-1c1f6d2b9e01",
                    Instant.parse("2026-03-01T06:00:00Z"),
                    new RecruitmentRequested(
                            RequestId.of("MOL-REQ-2026-000123"),
                            LicenceNo.of("RO-0142"),
                            new Employer(NationalId.of("9871234567"), "KHALED AL-MASRI", "AMMAN"),
                            new WorkerIdentity(mariasPassport(), CountryCode.of("PHL"),
                                    "MARIA CLARA SANTOS DELA CRUZ", "ماريا كلارا سانتوس ديلا كروز",
                                    LocalDate.of(1994, 7, 15), Sex.F),
                            Occupation.HOUSEKEEPER,
                            new Money(new BigDecimal("400"), Currency.USD),
                            24,
                            Instant.parse("2026-03-01T05:59:12Z"))));
        }

        @Test
        void takesTheWorkersNationalityAsTheIssuingStateOfTheirPassport() {
            RecruitmentRequested event = (RecruitmentRequested) read("valid/RecruitmentRequest.xml").event();

            assertThat(event.worker().passport().issuingState()).isEqualTo(event.worker().nationality());
            assertThat(event.orderingKey()).isEqualTo("PHL:P1234567A");
        }

        @Test
        void mapsWorkPermitToWorkPermitIssuedKeepingFractionalSecondsOfSentAt() {
            MolMessage message = read("valid/WorkPermit.xml");

            assertThat(message).isEqualTo(new MolMessage("7a0c3c1e-2b9f-4d7e-8f43-1c1f6d2b9e02",
                    Instant.parse("2026-04-02T07:00:00.250Z"),
                    new WorkPermitIssued(
                            PermitNo.of("WP-2026-0001234"),
                            RequestId.of("MOL-REQ-2026-000123"),
                            mariasPassport(),
                            NationalId.of("9871234567"),
                            LocalDate.of(2026, 4, 2),
                            LocalDate.of(2028, 4, 1))));
        }

        @Test
        void mapsRenewalPermitWithoutRequestIdToWorkPermitIssuedWithoutOne() {
            Element permit = element("valid/WorkPermit.xml");
            removeChild(permit, "RequestId");

            WorkPermitIssued event = (WorkPermitIssued) MolEvents.read(permit).event();

            assertThat(event.requestId()).isNull();
            assertThat(event.permitNo()).isEqualTo(PermitNo.of("WP-2026-0001234"));
        }

        @Test
        void mapsComplaintToComplaintRecorded() {
            MolMessage message = read("valid/Complaint.xml");

            assertThat(message).isEqualTo(new MolMessage("8b1d4d2f-3c0a-4e8f-9a54-2d2a7e3c0f03",
                    Instant.parse("2026-05-10T09:30:00Z"),
                    new ComplaintRecorded(
                            Reference.of("CMP-2026-000045"),
                            LocalDate.of(2026, 5, 9),
                            Complainant.WORKER,
                            mariasPassport(),
                            LicenceNo.of("RO-0142"),
                            NationalId.of("9871234567"),
                            ComplaintCategory.UNPAID_WAGES,
                            ComplaintStatus.OPEN)));
        }

        @Test
        void mapsComplaintWithoutOfficeOrEmployerToComplaintRecordedWithoutThem() {
            Element complaint = element("valid/Complaint.xml");
            removeChild(complaint, "OfficeLicenceNo");
            removeChild(complaint, "EmployerNationalId");

            ComplaintRecorded event = (ComplaintRecorded) MolEvents.read(complaint).event();

            assertThat(event.office()).isNull();
            assertThat(event.employer()).isNull();
        }

        @Test
        void mapsAbscondingReportToAbscondingReported() {
            MolMessage message = read("valid/AbscondingReport.xml");

            assertThat(message).isEqualTo(new MolMessage("9c2e5e30-4d1b-4f90-8b65-3e3b8f4d1a04",
                    Instant.parse("2026-05-20T05:00:00Z"),
                    new AbscondingReported(
                            Reference.of("ABS-2026-000777"),
                            NationalId.of("9871234567"),
                            mariasPassport(),
                            LocalDate.of(2026, 5, 18),
                            LocalDate.of(2026, 5, 19))));
        }

        @Test
        void mapsEmployerTransferWithoutOfficeToWorkerTransferred() {
            MolMessage message = read("valid/EmployerTransfer.xml");

            assertThat(message).isEqualTo(new MolMessage("ad3f6f41-5e2c-4a01-9c76-4f4c905e2b05",
                    Instant.parse("2026-06-01T06:15:00Z"),
                    new WorkerTransferred(
                            Reference.of("TRF-2026-000031"),
                            mariasPassport(),
                            NationalId.of("9871234567"),
                            NationalId.of("9870009999"),
                            null,
                            LocalDate.of(2026, 6, 1))));
        }

        @Test
        void mapsOfficeLicenceToOfficeLicenceRecorded() {
            MolMessage message = read("valid/OfficeLicence.xml");

            assertThat(message).isEqualTo(new MolMessage("be4a7a52-6f3d-4b12-8d87-5a5da16f3c06",
                    Instant.parse("2026-01-05T08:00:00Z"),
                    new OfficeLicenceRecorded(
                            LicenceNo.of("RO-0142"),
                            "AL-NOOR RECRUITMENT",
                            "مكتب النور للاستقدام",
                            "AMMAN",
                            LicenceStatus.ACTIVE,
                            LocalDate.of(2025, 1, 1),
                            LocalDate.of(2027, 12, 31),
                            300)));
        }

        @Test
        void readsTheEnvelopesBodyElementAsWellAsAStandaloneOne() {
            String envelope = """
                    <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>%s</soap:Body></soap:Envelope>"""
                    .formatted(sample("valid/Complaint.xml").replaceFirst("^<\\?xml[^>]*>", ""));
            Element body = (Element) SafeXml.parse(envelope.getBytes(StandardCharsets.UTF_8))
                    .getDocumentElement().getElementsByTagNameNS("*", "Complaint").item(0);

            assertThat(MolEvents.read(body)).isEqualTo(read("valid/Complaint.xml"));
        }
    }

    @Nested
    class RecruitmentRequestRefusals {

        @Test
        void namesTheMissingRequestId() {
            assertThat(refusalOf("RecruitmentRequest-missing-request-id.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("RequestId", ErrorCode.REQUIRED));
        }

        @Test
        void namesEveryMissingFieldOfTheWorker() {
            assertThat(refusalOf("RecruitmentRequest-worker-missing-fields.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactlyInAnyOrder(
                            tuple("Worker/PassportNo", ErrorCode.REQUIRED),
                            tuple("Worker/Nationality", ErrorCode.REQUIRED),
                            tuple("Worker/DateOfBirth", ErrorCode.REQUIRED),
                            tuple("Worker/Sex", ErrorCode.REQUIRED));
        }

        @Test
        void reportsEveryBadFieldOfOneMessageNotOnlyTheFirst() {
            assertThat(refusalOf("RecruitmentRequest-several-bad-fields.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactlyInAnyOrder(
                            tuple("RequestId", ErrorCode.INVALID_FORMAT),
                            tuple("Employer/NationalId", ErrorCode.INVALID_FORMAT),
                            tuple("Worker/Nationality", ErrorCode.INVALID_FORMAT),
                            tuple("Worker/Sex", ErrorCode.INVALID_VALUE),
                            tuple("Contract/MonthlySalary/@currency", ErrorCode.INVALID_VALUE),
                            tuple("Contract/MonthlySalary", ErrorCode.OUT_OF_RANGE));
        }

        @Test
        void refusesOfficeLicenceNoNotInPublishedFormNamingTheValueAndTheForm() {
            assertThat(refusalOf("RecruitmentRequest-bad-office-licence-no.xml"))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("OfficeLicenceNo");
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FORMAT);
                        assertThat(e.reason()).contains("RO-142");
                    });
        }

        @Test
        void refusesAnOccupationOutsideTheListNamingTheAllowedOnes() {
            assertThat(refusalOf("RecruitmentRequest-unknown-occupation.xml"))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("Occupation");
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE);
                        assertThat(e.reason()).contains("PLUMBER", "HOUSEKEEPER");
                    });
        }

        @Test
        void refusesAContractLongerThanTenYears() {
            assertThat(refusalOf("RecruitmentRequest-duration-out-of-range.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("Contract/DurationMonths", ErrorCode.OUT_OF_RANGE));
        }

        @Test
        void namesTheMissingCurrencyAttributeOfTheSalary() {
            assertThat(refusalOf("RecruitmentRequest-salary-without-currency.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("Contract/MonthlySalary/@currency", ErrorCode.REQUIRED));
        }

        @Test
        void refusesAnElementTheContractDoesNotHave() {
            assertThat(refusalOf("RecruitmentRequest-unexpected-element-in-worker.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("Worker/Religion", ErrorCode.UNEXPECTED_ELEMENT));
        }

        @Test
        void refusesSentAtWithoutOffset() {
            assertThat(refusalOf("RecruitmentRequest-sent-at-without-offset.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("SentAt", ErrorCode.INVALID_FORMAT));
        }

        @Test
        void treatsAnEmptyNameAsMissing() {
            assertThat(refusalOf("RecruitmentRequest-empty-worker-name.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("Worker/NameEn", ErrorCode.REQUIRED));
        }

        @Test
        void treatsEmptyNumbersAsMissing() {
            assertThat(refusalOf("RecruitmentRequest-empty-contract-values.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactlyInAnyOrder(
                            tuple("Contract/MonthlySalary", ErrorCode.REQUIRED),
                            tuple("Contract/DurationMonths", ErrorCode.REQUIRED));
        }

        @Test
        void refusesAWorkerBornAfterTheRequest() {
            assertThat(refusalOf("RecruitmentRequest-born-after-request.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("Worker/DateOfBirth", ErrorCode.INCONSISTENT_VALUES));
        }
    }

    @Nested
    class WorkPermitRefusals {

        @Test
        void refusesAPermitThatExpiresBeforeItIsIssued() {
            assertThat(refusalOf("WorkPermit-expires-before-issued.xml"))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("ExpiresOn");
                        assertThat(e.code()).isEqualTo(ErrorCode.INCONSISTENT_VALUES);
                        assertThat(e.reason()).contains("2026-04-01", "2026-04-02");
                    });
        }

        @Test
        void refusesPermitNoNotInPublishedForm() {
            assertThat(refusalOf("WorkPermit-bad-permit-no.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("PermitNo", ErrorCode.INVALID_FORMAT));
        }

        @Test
        void namesBothMissingPassportFields() {
            assertThat(refusalOf("WorkPermit-missing-passport-and-nationality.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactlyInAnyOrder(
                            tuple("PassportNo", ErrorCode.REQUIRED),
                            tuple("Nationality", ErrorCode.REQUIRED));
        }

        @Test
        void namesTheMissingPassportNoOfARenewalAndNotItsOptionalRequestId() {
            assertThat(refusalOf("WorkPermit-renewal-missing-passport-no.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("PassportNo", ErrorCode.REQUIRED));
        }
    }

    @Nested
    class ComplaintRefusals {

        @Test
        void refusesACategoryOutsideTheList() {
            assertThat(refusalOf("Complaint-unknown-category.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("Category", ErrorCode.INVALID_VALUE));
        }

        @Test
        void namesEveryValueOutsideItsList() {
            assertThat(refusalOf("Complaint-unknown-filed-by-and-status.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactlyInAnyOrder(
                            tuple("FiledBy", ErrorCode.INVALID_VALUE),
                            tuple("Status", ErrorCode.INVALID_VALUE));
        }

        @Test
        void treatsAnEmptyComplaintIdAsMissing() {
            assertThat(refusalOf("Complaint-empty-complaint-id.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("ComplaintId", ErrorCode.REQUIRED));
        }
    }

    @Nested
    class AbscondingReportRefusals {

        @Test
        void refusesAWorkerLastSeenAfterTheReport() {
            assertThat(refusalOf("AbscondingReport-last-seen-after-reported.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("LastSeenOn", ErrorCode.INCONSISTENT_VALUES));
        }

        @Test
        void refusesDatesNotInIsoFormOrNotInTheCalendar() {
            assertThat(refusalOf("AbscondingReport-bad-dates.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactlyInAnyOrder(
                            tuple("LastSeenOn", ErrorCode.INVALID_FORMAT),
                            tuple("ReportedOn", ErrorCode.INVALID_FORMAT));
        }
    }

    @Nested
    class EmployerTransferRefusals {

        @Test
        void refusesATransferToTheSameEmployer() {
            assertThat(refusalOf("EmployerTransfer-to-same-employer.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("ToEmployerNationalId", ErrorCode.INCONSISTENT_VALUES));
        }

        @Test
        void namesTheElementThatIsNotInTheContractAndNotTheOptionalOneBeforeIt() {
            assertThat(refusalOf("EmployerTransfer-unexpected-element.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("Reason", ErrorCode.UNEXPECTED_ELEMENT));
        }

        @Test
        void namesTheMissingEffectiveOnAndNotTheOptionalOfficeBeforeIt() {
            assertThat(refusalOf("EmployerTransfer-missing-effective-on.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("EffectiveOn", ErrorCode.REQUIRED));
        }

        @Test
        void refusesElementsOutOfTheirOrder() {
            assertThat(refusalOf("EmployerTransfer-employers-out-of-order.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("ToEmployerNationalId", ErrorCode.UNEXPECTED_ELEMENT));
        }
    }

    @Nested
    class OfficeLicenceRefusals {

        @Test
        void refusesALicenceValidUntilBeforeItIsValidFrom() {
            assertThat(refusalOf("OfficeLicence-valid-until-before-valid-from.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("ValidUntil", ErrorCode.INCONSISTENT_VALUES));
        }

        @Test
        void refusesANegativeQuota() {
            assertThat(refusalOf("OfficeLicence-negative-quota.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("AnnualQuota", ErrorCode.OUT_OF_RANGE));
        }

        @Test
        void refusesAQuotaBeyondWhatTheRegistryCanHold() {
            assertThat(refusalOf("OfficeLicence-quota-too-large.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("AnnualQuota", ErrorCode.OUT_OF_RANGE));
        }

        @Test
        void treatsAnEmptyQuotaAsMissing() {
            assertThat(refusalOf("OfficeLicence-empty-annual-quota.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("AnnualQuota", ErrorCode.REQUIRED));
        }

        @Test
        void refusesAStatusOutsideTheList() {
            assertThat(refusalOf("OfficeLicence-unknown-status.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("Status", ErrorCode.INVALID_VALUE));
        }
    }

    @Nested
    class UnknownMessages {

        @Test
        void refusesAMessageInAnotherNamespaceAsUnknownType() {
            assertThat(refusalOf("RecruitmentRequest-in-another-namespace.xml"))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.field()).isEmpty();
                        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_MESSAGE_TYPE);
                        assertThat(e.reason()).contains("urn:jo:gov:mol:dws:2");
                    });
        }

        @Test
        void refusesAnElementTheContractDoesNotDeclareAsUnknownType() {
            assertThat(refusalOf("Holiday-unknown-element.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("", ErrorCode.UNKNOWN_MESSAGE_TYPE));
        }

        @Test
        void refusesAnAckAsUnknownTypeWithoutFurtherComplaints() {
            assertThat(refusalOf("Ack-not-a-request.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("", ErrorCode.UNKNOWN_MESSAGE_TYPE));
        }
    }

    @Test
    void everyRefusalGivesAReasonForAPerson() {
        List<ValidationError> errors = refusalOf("RecruitmentRequest-several-bad-fields.xml");

        assertThat(errors).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
        assertThat(errors).filteredOn(e -> e.field().equals("Worker/Nationality"))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("Philippines"));
    }

    private static PassportRef mariasPassport() {
        return new PassportRef(CountryCode.of("PHL"), PassportNo.of("P1234567A"));
    }

    private static MolMessage read(String sample) {
        return MolEvents.read(element(sample));
    }

    private static List<ValidationError> refusalOf(String invalidSample) {
        return assertThrows(InvalidMessageException.class, () -> read("invalid/" + invalidSample)).errors();
    }

    private static Element element(String sample) {
        return SafeXml.parse(bytes(sample)).getDocumentElement();
    }

    private static String sample(String sample) {
        return new String(bytes(sample), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String sample) {
        try (InputStream in = MolEventsTests.class.getResourceAsStream("/mol/" + sample)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden sample mol/" + sample);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeChild(Element parent, String localName) {
        Node child = parent.getElementsByTagNameNS(MolEvents.NAMESPACE, localName).item(0);
        parent.removeChild(child);
    }
}
