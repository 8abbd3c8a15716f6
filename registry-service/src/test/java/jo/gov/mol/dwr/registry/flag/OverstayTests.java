package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.midnight;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.EMPLOYER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;

/** OVERSTAY: a work permit expired 30 days with no renewal and no exit. */
class OverstayTests {
    private static final LocalDate EXPIRES = day(2025, 5, 1);
    private static final Instant EXPIRED_THIRTY_DAYS = midnight(day(2025, 6, 1));

    private final Overstay rule = new Overstay();
    /** A clock well after the first permit's thirty days, before any renewal expires. */
    private final TestFlagContext context = context().clockAt(midnight(day(2025, 9, 1)));
    private final Worker maria = Worker.filipina();
    private final Fact permit = maria.permitIssued(day(2023, 5, 2), EXPIRES);

    @Test
    void aPermitExpiredThirtyDaysIsRaisedAtMidnightAfterTheThirtiethDayNamingItsEmployer() {
        assertThat(rule.findings(maria.facts(), context.clockAt(EXPIRED_THIRTY_DAYS))).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.rule()).isEqualTo(RuleCode.OVERSTAY);
                    assertThat(finding.episode())
                            .isEqualTo("permit:" + permit.as(WorkPermitIssued.class).permitNo().value());
                    assertThat(finding.raisedAt()).isEqualTo(EXPIRED_THIRTY_DAYS);
                    assertThat(finding.evidence()).containsExactly(permit.source());
                    assertThat(finding.employer()).isEqualTo(EMPLOYER.value());
                });
    }

    @Test
    void oneSecondBeforeIsNotYetAFinding() {
        assertThat(rule.findings(maria.facts(), context.clockAt(EXPIRED_THIRTY_DAYS.minusSeconds(1)))).isEmpty();
    }

    @Test
    void aRenewalWithinTheThirtyDaysIsNoFinding() {
        maria.permitIssued(EXPIRES.plusDays(30), day(2027, 5, 30));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void aRenewalAfterTheThirtyDaysDoesNotUndoTheOverstay() {
        maria.permitIssued(EXPIRES.plusDays(31), day(2027, 5, 31));

        assertThat(rule.findings(maria.facts(), context)).hasSize(1);
    }

    @Test
    void anExitWithinTheThirtyDaysIsNoFinding() {
        maria.exited(morning(EXPIRES.plusDays(30)));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }
}
