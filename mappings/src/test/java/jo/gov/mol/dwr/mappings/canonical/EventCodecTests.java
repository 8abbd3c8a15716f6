package jo.gov.mol.dwr.mappings.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Canonical events travel as JSON and are compared by the fingerprint of their facts (interfaces.md, duplicates). */
class EventCodecTests {

    static Stream<CanonicalEvent> everyKindOfEvent() {
        return Stream.of(
                recruitment(new BigDecimal("400"), 24),
                new WorkPermitIssued(PermitNo.of("WP-2026-0001234"), RequestId.of("MOL-REQ-2026-000123"), mariasPassport(),
                        NationalId.of("9871234567"), LocalDate.of(2026, 4, 2), LocalDate.of(2028, 4, 1)),
                new WorkPermitIssued(PermitNo.of("WP-2028-0004321"), null, mariasPassport(),
                        NationalId.of("9871234567"), LocalDate.of(2028, 4, 2), LocalDate.of(2030, 4, 1)),
                new ComplaintRecorded(Reference.of("CMP-2026-000045"), LocalDate.of(2026, 5, 9), Complainant.NGO,
                        mariasPassport(), null, null, ComplaintCategory.PASSPORT_CONFISCATION, ComplaintStatus.SUBSTANTIATED),
                new AbscondingReported(Reference.of("ABS-2026-000777"), NationalId.of("9871234567"), mariasPassport(),
                        LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 19)),
                new WorkerTransferred(Reference.of("TRF-2026-000031"), mariasPassport(), NationalId.of("9871234567"),
                        NationalId.of("9870009999"), LicenceNo.of("RO-0142"), LocalDate.of(2026, 6, 1)),
                new OfficeLicenceRecorded(LicenceNo.of("RO-0142"), "AL-NOOR RECRUITMENT", "مكتب النور للاستقدام", "AMMAN",
                        LicenceStatus.SUSPENDED, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), 300),
                new BorderCrossed(UUID.fromString("0b8e5a0c-0d4e-4b8e-bd0c-6a6a3c2e9f11"), CrossingPoint.AMM,
                        Direction.ENTRY, Instant.parse("2026-03-20T00:12:45Z"),
                        "P<PHLDELA<CRUZ<<MARIA<CLARA<SANTOS<<<<<<<<<<", "P1234567A1PHL9407152F3107140<<<<<<<<<<<<<<08",
                        new TravellerIdentity(mariasPassport(), CountryCode.of("PHL"), "DELA CRUZ", "MARIA CLARA SANTOS",
                                LocalDate.of(1994, 7, 15), Sex.F, LocalDate.of(2031, 7, 14)),
                        ApprovalNo.of("MOI-APR-2026-000456")),
                new BorderCrossed(UUID.fromString("3c1d7e2a-5b6f-4a8e-9c0d-1e2f3a4b5c6d"), CrossingPoint.KHB,
                        Direction.EXIT, Instant.parse("2026-09-14T15:40:02Z"),
                        "P<KENWANJIKU<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "AK01234565KEN9003129<2908018<<<<<<<<<<<<<<<2",
                        new TravellerIdentity(new PassportRef(CountryCode.of("KEN"), PassportNo.of("AK0123456")),
                                CountryCode.of("KEN"), "WANJIKU", null, LocalDate.of(1990, 3, 12), null,
                                LocalDate.of(2029, 8, 1)),
                        null),
                new ContractAttested(CountryCode.of("PHL"), Reference.of("PH-VER-2026-000123"),
                        EmbassyRecordTime.at(Instant.parse("2026-03-05T07:15:00Z")), maria(), LicenceNo.of("RO-0142"),
                        NationalId.of("9871234567"), new Money(new BigDecimal("400"), Currency.USD),
                        AttestationStatus.ATTESTED, null),
                new WelfareCaseRecorded(CountryCode.of("LKA"), Reference.of("LK-CASE-2026-00012"),
                        EmbassyRecordTime.on(LocalDate.of(2026, 4, 9)), maria(), null, null,
                        WelfareCategory.SHELTER_ADMISSION, null));
    }

    private static WorkerIdentity maria() {
        return new WorkerIdentity(mariasPassport(), CountryCode.of("PHL"), "MARIA CLARA SANTOS DELA CRUZ", null,
                LocalDate.of(1994, 7, 15), Sex.F);
    }

    @ParameterizedTest
    @MethodSource("everyKindOfEvent")
    void roundTripsAnInboundEventThroughJson(CanonicalEvent event) {
        InboundEvent inbound = InboundEvent.of(source(), event);

        assertThat(EventCodec.fromJson(EventCodec.toJson(inbound))).isEqualTo(inbound);
    }

    @Test
    void namesTheKindOfFactInTheJson() {
        String json = EventCodec.toJson(InboundEvent.of(source(), recruitment(new BigDecimal("400"), 24)));

        assertThat(json).contains("\"type\":\"RecruitmentRequested\"", "\"requestId\":\"MOL-REQ-2026-000123\"");
    }

    @Test
    void fingerprintsEqualFactsAlike() {
        assertThat(EventCodec.fingerprint(recruitment(new BigDecimal("400"), 24)))
                .isEqualTo(EventCodec.fingerprint(recruitment(new BigDecimal("400"), 24)))
                .hasSize(64);
    }

    @Test
    void fingerprintsFactsThatDifferInOneFieldDifferently() {
        String original = EventCodec.fingerprint(recruitment(new BigDecimal("400"), 24));

        assertThat(EventCodec.fingerprint(recruitment(new BigDecimal("400"), 12))).isNotEqualTo(original);
        assertThat(EventCodec.fingerprint(recruitment(new BigDecimal("401"), 24))).isNotEqualTo(original);
    }

    @Test
    void fingerprintsAMoneyAmountWhateverItsWrittenForm() {
        String plain = EventCodec.fingerprint(recruitment(new BigDecimal("400"), 24));

        assertThat(EventCodec.fingerprint(recruitment(new BigDecimal("400.00"), 24))).isEqualTo(plain);
        assertThat(EventCodec.fingerprint(recruitment(new BigDecimal("4E+2"), 24))).isEqualTo(plain);
        assertThat(EventCodec.fingerprint(recruitment(new BigDecimal("400.50"), 24)))
                .isEqualTo(EventCodec.fingerprint(recruitment(new BigDecimal("400.5"), 24)));
    }

    @Test
    void derivesOneEventIdPerSystemAndMessageIdWhateverItsCase() {
        String messageId = "5f1d2f7e-4a43-4d7e-9a43-1c1f6d2b9e01";

        assertThat(InboundEvent.eventIdOf(SourceSystem.MOL, messageId))
                .isEqualTo(InboundEvent.eventIdOf(SourceSystem.MOL, messageId.toUpperCase()))
                .isNotEqualTo(InboundEvent.eventIdOf(SourceSystem.MOI, messageId));
    }

    private static RecruitmentRequested recruitment(BigDecimal salary, int durationMonths) {
        return new RecruitmentRequested(
                RequestId.of("MOL-REQ-2026-000123"),
                LicenceNo.of("RO-0142"),
                new Employer(NationalId.of("9871234567"), "KHALED AL-MASRI", "AMMAN"),
                new WorkerIdentity(mariasPassport(), CountryCode.of("PHL"), "MARIA CLARA SANTOS DELA CRUZ",
                        "ماريا كلارا سانتوس ديلا كروز", LocalDate.of(1994, 7, 15), Sex.F),
                Occupation.HOUSEKEEPER,
                new Money(salary, Currency.USD),
                durationMonths,
                Instant.parse("2026-03-01T05:59:12Z"));
    }

    private static PassportRef mariasPassport() {
        return new PassportRef(CountryCode.of("PHL"), PassportNo.of("P1234567A"));
    }

    private static SourceMessage source() {
        byte[] raw = "<dws:RecruitmentRequest xmlns:dws=\"urn:jo:gov:mol:dws:1\">…</dws:RecruitmentRequest>"
                .getBytes(StandardCharsets.UTF_8);
        return new SourceMessage(SourceSystem.MOL, "5f1d2f7e-4a43-4d7e-9a43-1c1f6d2b9e01", "MOL-REQ-2026-000123", 42L,
                "mol-dws", Instant.parse("2026-03-01T06:00:01.123Z"), Instant.parse("2026-03-01T06:00:00Z"), raw,
                EventCodec.sha256(raw));
    }
}
