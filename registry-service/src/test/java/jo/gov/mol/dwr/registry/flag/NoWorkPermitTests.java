package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.midnight;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.APPROVAL;
import static jo.gov.mol.dwr.registry.flag.Worker.OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;

/** NO_WORK_PERMIT: no permit issued by entry date + 30 (included); raised at 00:00 Amman on entry date + 31. */
class NoWorkPermitTests {
    private static final LocalDate ENTERED = day(2025, 5, 1);
    private static final Instant DEADLINE = midnight(day(2025, 6, 1));

    private final NoWorkPermit rule = new NoWorkPermit();
    private final Worker maria = Worker.filipina();
    private final TestFlagContext context = context().approval(APPROVAL, REQUEST, day(2025, 7, 1));

    NoWorkPermitTests() {
        context.requestHolder(REQUEST, maria.personId(), OFFICE);
    }

    @Test
    void anEntryWithAPermitIssuedOnTheThirtiethDayIsNoFinding() {
        maria.entered(morning(ENTERED), APPROVAL);
        maria.permitIssued(day(2025, 5, 31), day(2027, 5, 30));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void anEntryWithAPermitIssuedOnTheThirtyFirstDayIsRaisedAtMidnightStartingThatDay() {
        Fact entry = maria.entered(morning(ENTERED), APPROVAL);
        maria.permitIssued(day(2025, 6, 1), day(2027, 5, 31));

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.NO_WORK_PERMIT);
            assertThat(finding.episode()).isEqualTo("entry:" + entry.eventId());
            assertThat(finding.raisedAt()).isEqualTo(DEADLINE).isEqualTo(Instant.parse("2025-05-31T21:00:00Z"));
            assertThat(finding.evidence()).containsExactly(entry.source());
            assertThat(finding.office()).isEqualTo(OFFICE.value());
        });
    }

    @Test
    void oneSecondBeforeMidnightOfTheThirtyFirstDayIsNotYetAFinding() {
        maria.entered(morning(ENTERED), APPROVAL);

        assertThat(rule.findings(maria.facts(), context.clockAt(DEADLINE.minusSeconds(1)))).isEmpty();
        assertThat(rule.findings(maria.facts(), context.clockAt(DEADLINE))).singleElement()
                .extracting(Finding::raisedAt).isEqualTo(DEADLINE);
    }

    @Test
    void countsDaysFromTheAmmanDateOfTheEntryNotTheUtcOne() {
        // 2025-04-30 22:30 UTC is 01:30 on 1 May in Amman: the entry date is 1 May, the deadline 1 June
        maria.entered(Instant.parse("2025-04-30T22:30:00Z"), APPROVAL);

        assertThat(rule.findings(maria.facts(), context.clockAt(DEADLINE.minusSeconds(1)))).isEmpty();
        assertThat(rule.findings(maria.facts(), context.clockAt(DEADLINE))).singleElement()
                .extracting(Finding::raisedAt).isEqualTo(DEADLINE);
    }

    @Test
    void anEntryOnNoKnownApprovalIsNotJudgedByThisRule() {
        maria.entered(morning(ENTERED), ApprovalNo.of("MOI-APR-2025-999999"));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void theSameEntryFromTheRealTimeAndTheNightlyChannelIsOneFinding() {
        Fact entry = maria.entered(morning(ENTERED), APPROVAL);
        maria.nightlyRowOf(entry);

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.episode()).isEqualTo("entry:" + entry.eventId());
            assertThat(finding.evidence()).containsExactly(entry.source());
        });
    }
}
