package jo.gov.mol.dwr.registry.classification;

import static jo.gov.mol.dwr.registry.CanonicalEvents.borderCrossed;
import static jo.gov.mol.dwr.registry.CanonicalEvents.contractAttested;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromBorder;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromPhl;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newNationalId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPermitNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newReference;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static jo.gov.mol.dwr.registry.CanonicalEvents.welfareCaseRecorded;
import static jo.gov.mol.dwr.registry.classification.OfficeHistory.LAST_MONTH;
import static jo.gov.mol.dwr.registry.classification.OfficeHistory.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;

import jo.gov.mol.dwr.mappings.canonical.AbscondingReported;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.EmbassyRecordTime;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.app.RegistryApplication;
import jo.gov.mol.dwr.registry.reference.MetricCode;
import jo.gov.mol.dwr.registry.reference.ReferenceData;

/** What an office's classification counts, read from the facts the registry applied (policy.md, the metrics). */
@SpringBootTest(classes = RegistryApplication.class)
class OfficeTalliesIntegrationTests {
    private static final Period PERIOD = Period.monthsBefore(TODAY, 12);

    @Autowired
    JmsTemplate jms;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    OfficeTallies tallies;

    @Autowired
    ReferenceData referenceData;

    OfficeHistory history;

    @BeforeEach
    void history() {
        history = new OfficeHistory(new RegistryQueue(jms), statistics);
    }

    @Test
    void countsEveryMetricForTheOfficeTheFactsBelongTo() {
        LicenceNo office = history.licensed(LicenceStatus.ACTIVE);
        List<PassportRef> placed = history.placed(office, 3);
        // a permit 10 days after entry is on time; one 45 days after is not; the third worker has none
        permit(placed.get(0), LAST_MONTH.plusDays(10));
        permit(placed.get(1), LAST_MONTH.plusDays(45));
        // MoI: one request rejected, one approval that expired last month unused
        history.rejected(history.requested(office, history.newWorker()));
        history.approved(history.requested(office, history.newWorker()), LAST_MONTH.plusDays(1));
        // complaints: one substantiated naming the office, one unsubstantiated, one substantiated of another office
        complaint(placed.get(0), office, ComplaintStatus.SUBSTANTIATED);
        complaint(placed.get(1), office, ComplaintStatus.UNSUBSTANTIATED);
        complaint(placed.get(2), history.licensed(LicenceStatus.ACTIVE), ComplaintStatus.SUBSTANTIATED);
        // absconding names no office: it counts for the worker's latest request's office
        history.apply(fromMol(new AbscondingReported(newReference("ABS"), newNationalId(), placed.get(2),
                LAST_MONTH.plusDays(1), LAST_MONTH.plusDays(2))));
        // welfare: a shelter admission counts, a complaint to the embassy does not
        history.apply(fromPhl(welfareCaseRecorded(newReference("WEL"), placed.get(0),
                EmbassyRecordTime.on(LAST_MONTH.plusDays(3)), WelfareCategory.SHELTER_ADMISSION), now()));
        history.apply(fromPhl(welfareCaseRecorded(newReference("WEL"), placed.get(1),
                EmbassyRecordTime.on(LAST_MONTH.plusDays(3)), WelfareCategory.COMPLAINT), now()));
        // attestations naming the office: one refused of two
        history.apply(fromPhl(contractAttested(newReference("ATT"), placed.get(0),
                EmbassyRecordTime.on(LAST_MONTH.minusDays(5)), AttestationStatus.ATTESTED, office), now()));
        history.apply(fromPhl(contractAttested(newReference("ATT"), placed.get(1),
                EmbassyRecordTime.on(LAST_MONTH.minusDays(5)), AttestationStatus.REFUSED, office), now()));

        OfficeTally tally = tallies.count(PERIOD, referenceData.ruleSetOn(PERIOD.lastDay()).classification()).stream()
                .filter(counted -> counted.licenceNo().equals(office.value())).findFirst().orElseThrow();

        assertThat(tally.activeAtEnd()).isTrue();
        assertThat(tally.placed()).isEqualTo(3);
        assertThat(tally.count(MetricCode.SUBSTANTIATED_COMPLAINTS)).isEqualTo(count(MetricCode.SUBSTANTIATED_COMPLAINTS, 1, 3));
        assertThat(tally.count(MetricCode.WELFARE_CASES)).isEqualTo(count(MetricCode.WELFARE_CASES, 1, 3));
        assertThat(tally.count(MetricCode.ABSCONDING_REPORTS)).isEqualTo(count(MetricCode.ABSCONDING_REPORTS, 1, 3));
        assertThat(tally.count(MetricCode.PERMITS_ON_TIME)).isEqualTo(count(MetricCode.PERMITS_ON_TIME, 1, 3));
        assertThat(tally.count(MetricCode.MOI_REJECTIONS)).isEqualTo(count(MetricCode.MOI_REJECTIONS, 1, 5));
        assertThat(tally.count(MetricCode.ATTESTATION_REFUSALS)).isEqualTo(count(MetricCode.ATTESTATION_REFUSALS, 1, 2));
        assertThat(tally.count(MetricCode.SERIOUS_FLAGS).denominator()).isEqualTo(3);
        assertThat(tally.count(MetricCode.UNUSED_APPROVALS)).isEqualTo(count(MetricCode.UNUSED_APPROVALS, 1, 1));
    }

    @Test
    void aWorkerEnteringTwiceOnOneApprovalIsPlacedOnceAndAnOfficeNotActiveAtTheEndIsSaidSo() {
        LicenceNo office = history.licensed(LicenceStatus.REVOKED);
        PassportRef worker = history.newWorker();
        RequestId request = history.requested(office, worker);
        ApprovalNo approval = history.approved(request, LAST_MONTH.plusDays(90));
        history.apply(fromBorder(borderCrossed(worker, Direction.ENTRY, OfficeHistory.at(LAST_MONTH), approval)));
        history.apply(fromBorder(borderCrossed(worker, Direction.ENTRY, OfficeHistory.at(LAST_MONTH.plusDays(2)),
                approval)));

        OfficeTally tally = tallies.count(PERIOD, referenceData.ruleSetOn(PERIOD.lastDay()).classification()).stream()
                .filter(counted -> counted.licenceNo().equals(office.value())).findFirst().orElseThrow();

        assertThat(tally.placed()).isOne();
        assertThat(tally.activeAtEnd()).isFalse();
    }

    private void permit(PassportRef worker, LocalDate issuedOn) {
        history.apply(fromMol(new WorkPermitIssued(newPermitNo(), newRequestId(),
                worker, newNationalId(), issuedOn, issuedOn.plusYears(2))));
    }

    private void complaint(PassportRef worker, LicenceNo office, ComplaintStatus status) {
        history.apply(fromMol(new ComplaintRecorded(newReference("CMP"), LAST_MONTH.plusDays(5), Complainant.WORKER,
                worker, office, null, ComplaintCategory.UNPAID_WAGES, status)));
    }

    private static MetricCount count(MetricCode code, long count, long denominator) {
        return new MetricCount(code, count, denominator);
    }
}
