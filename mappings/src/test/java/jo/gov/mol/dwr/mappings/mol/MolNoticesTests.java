package jo.gov.mol.dwr.mappings.mol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecisionNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.AttestationNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.CrossingNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.NoticeReceiver;
import jo.gov.mol.dwr.mappings.canonical.OfficeClass;
import jo.gov.mol.dwr.mappings.canonical.OfficeClassificationNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.xml.SafeXml;
import jo.gov.mol.dwr.mappings.xml.XmlSchema;

/** The notices MoL hears from the hub are valid against the published notices contract (interfaces.md 1b). */
class MolNoticesTests {
    private static final XmlSchema CONTRACT = new XmlSchema("mol/dws-notify.xsd", MolNoticesTests.class.getClassLoader());
    private static final UUID CROSSING = UUID.fromString("0b8e5a0c-0d4e-4b8e-bd0c-6a6a3c2e9f11");
    private static final Instant SENT_AT = Instant.parse("2026-03-20T06:00:00Z");

    @Test
    void anEntryIsAnArrivalNoticeNamingTheRequestWhenKnown() {
        Element notice = write(crossing(NoticeReceiver.MOL, Direction.ENTRY, RequestId.of("MOL-REQ-2026-000123")));

        assertThat(CONTRACT.validate(notice)).isEmpty();
        assertThat(notice.getLocalName()).isEqualTo("ArrivalNotice");
        assertThat(text(notice, "MessageId")).isEqualTo(CrossingNoticeDue.idOf(NoticeReceiver.MOL, CROSSING).toString());
        assertThat(text(notice, "PassportNo")).isEqualTo("P1234567A");
        assertThat(text(notice, "Nationality")).isEqualTo("PHL");
        assertThat(text(notice, "CrossingPoint")).isEqualTo("AMM");
        assertThat(text(notice, "OccurredAt")).isEqualTo("2026-03-20T03:12:45.000+03:00");
        assertThat(text(notice, "RequestId")).isEqualTo("MOL-REQ-2026-000123");
    }

    @Test
    void anExitIsADepartureNoticeWithoutARequestWhenNoneIsKnown() {
        Element notice = write(crossing(NoticeReceiver.MOL, Direction.EXIT, null));

        assertThat(CONTRACT.validate(notice)).isEmpty();
        assertThat(notice.getLocalName()).isEqualTo("DepartureNotice");
        assertThat(notice.getElementsByTagNameNS(MolNotices.NAMESPACE, "RequestId").getLength()).isZero();
    }

    @Test
    void anApprovalDecisionNoticeIsValid() {
        ApprovalDecisionNoticeDue due = new ApprovalDecisionNoticeDue(UUID.randomUUID(), RequestId.of("MOL-REQ-2026-000123"),
                Decision.APPROVED, ApprovalNo.of("MOI-APR-2026-000456"), null, LocalDate.of(2026, 6, 30));

        Element notice = SafeXml.parse(MolNotices.toXml(due, SENT_AT).getBytes(StandardCharsets.UTF_8)).getDocumentElement();

        assertThat(CONTRACT.validate(notice)).isEmpty();
        assertThat(MolNotices.operation(due)).isEqualTo("ApprovalDecisionNotice");
    }

    @Test
    void anAttestationNoticeNamesTheEmbassyAndTheStatus() {
        AttestationNoticeDue due = new AttestationNoticeDue(UUID.randomUUID(), PassportNo.of("N7654321"),
                CountryCode.of("LKA"), CountryCode.of("LKA"), AttestationStatus.REFUSED, Reference.of("LK-ATT-2026-00077"));

        Element notice = SafeXml.parse(MolNotices.toXml(due, SENT_AT).getBytes(StandardCharsets.UTF_8)).getDocumentElement();

        assertThat(CONTRACT.validate(notice)).isEmpty();
        assertThat(notice.getLocalName()).isEqualTo("AttestationNotice");
        assertThat(text(notice, "Embassy")).isEqualTo("LKA");
        assertThat(text(notice, "Status")).isEqualTo("REFUSED");
        assertThat(text(notice, "Reference")).isEqualTo("LK-ATT-2026-00077");
        assertThat(EventCodec.noticeFromJson(EventCodec.toJson(due))).isEqualTo(due);
    }

    @Test
    void anOfficeClassificationNoticeNamesTheClassAndThePeriodByItsMonths() {
        OfficeClassificationNoticeDue due = OfficeClassificationNoticeDue.of(42, LicenceNo.of("RO-0042"), OfficeClass.B,
                YearMonth.of(2025, 11), YearMonth.of(2026, 10), LocalDate.of(2026, 11, 3));

        Element notice = SafeXml.parse(MolNotices.toXml(due, SENT_AT).getBytes(StandardCharsets.UTF_8)).getDocumentElement();

        assertThat(CONTRACT.validate(notice)).isEmpty();
        assertThat(MolNotices.operation(due)).isEqualTo("OfficeClassificationNotice").isEqualTo(notice.getLocalName());
        assertThat(text(notice, "LicenceNo")).isEqualTo("RO-0042");
        assertThat(text(notice, "Class")).isEqualTo("B");
        assertThat(text(notice, "Period")).isEqualTo("2025-11/2026-10");
        assertThat(text(notice, "EffectiveOn")).isEqualTo("2026-11-03");
        assertThat(EventCodec.noticeFromJson(EventCodec.toJson(due))).isEqualTo(due);
    }

    @Test
    void oneClassificationGivesOneNoticeIdHoweverOftenItIsRecorded() {
        OfficeClassificationNoticeDue due = OfficeClassificationNoticeDue.of(42, LicenceNo.of("RO-0042"),
                OfficeClass.UNRATED, YearMonth.of(2025, 11), YearMonth.of(2026, 10), LocalDate.of(2026, 11, 3));
        OfficeClassificationNoticeDue again = OfficeClassificationNoticeDue.of(42, LicenceNo.of("RO-0042"),
                OfficeClass.UNRATED, YearMonth.of(2025, 11), YearMonth.of(2026, 10), LocalDate.of(2026, 11, 3));
        OfficeClassificationNoticeDue another = OfficeClassificationNoticeDue.of(43, LicenceNo.of("RO-0042"),
                OfficeClass.UNRATED, YearMonth.of(2025, 11), YearMonth.of(2026, 10), LocalDate.of(2026, 11, 3));

        assertThat(due.noticeId()).isEqualTo(again.noticeId()).isNotEqualTo(another.noticeId());
        assertThat(MolNotices.isFor(due)).isTrue();
    }

    @Test
    void aNoticeForAnEmbassyIsNotOneForMol() {
        CrossingNoticeDue forEmbassy = crossing(NoticeReceiver.EMBASSY, Direction.ENTRY, null);

        assertThat(MolNotices.isFor(forEmbassy)).isFalse();
        assertThatThrownBy(() -> MolNotices.toXml(forEmbassy, SENT_AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneCrossingGivesOneNoticeIdPerReceiverAndTravelsAsJson() {
        CrossingNoticeDue toMol = crossing(NoticeReceiver.MOL, Direction.ENTRY, null);
        CrossingNoticeDue toEmbassy = crossing(NoticeReceiver.EMBASSY, Direction.ENTRY, null);

        assertThat(toMol.noticeId()).isEqualTo(crossing(NoticeReceiver.MOL, Direction.ENTRY, null).noticeId())
                .isNotEqualTo(toEmbassy.noticeId());
        assertThat(EventCodec.noticeFromJson(EventCodec.toJson(toMol))).isEqualTo(toMol);
        assertThat(toMol.type()).isEqualTo("ARRIVAL");
    }

    private static CrossingNoticeDue crossing(NoticeReceiver receiver, Direction direction, RequestId requestId) {
        return CrossingNoticeDue.of(receiver, CROSSING, direction, PassportNo.of("P1234567A"), CountryCode.of("PHL"),
                CrossingPoint.AMM, Instant.parse("2026-03-20T00:12:45Z"), requestId);
    }

    private static Element write(CrossingNoticeDue due) {
        return SafeXml.parse(MolNotices.toXml(due, SENT_AT).getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    }

    private static String text(Element element, String name) {
        return element.getElementsByTagNameNS(MolNotices.NAMESPACE, name).item(0).getTextContent();
    }
}
