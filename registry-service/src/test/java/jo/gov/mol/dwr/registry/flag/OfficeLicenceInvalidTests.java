package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.EMPLOYER;
import static jo.gov.mol.dwr.registry.flag.Worker.OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.OTHER_EMPLOYER;
import static jo.gov.mol.dwr.registry.flag.Worker.OTHER_OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.WorkerTransferred;
import jo.gov.mol.dwr.registry.source.SourceRef;

/** OFFICE_LICENCE_INVALID: a request or transfer names an office not ACTIVE that day, or unknown. */
class OfficeLicenceInvalidTests {
    private static final LocalDate VALID_UNTIL = day(2025, 5, 1);

    private final OfficeLicenceInvalid rule = new OfficeLicenceInvalid();
    private final TestFlagContext context = context();
    private final Worker maria = Worker.filipina();

    @Test
    void aRequestThroughASuspendedOfficeIsAFindingWithTheLicenceInItsEvidence() {
        SourceRef licence = context.licence(OFFICE, LicenceStatus.SUSPENDED, day(2024, 1, 1), day(2026, 1, 1));
        Fact request = maria.requested(morning(day(2025, 2, 1)));

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.OFFICE_LICENCE_INVALID);
            assertThat(finding.episode()).isEqualTo("request:" + REQUEST.value());
            assertThat(finding.raisedAt()).isEqualTo(request.businessTime());
            assertThat(finding.evidence()).containsExactly(request.source(), licence);
            assertThat(finding.office()).isEqualTo(OFFICE.value());
            assertThat(finding.employer()).isEqualTo(EMPLOYER.value());
        });
    }

    @Test
    void aRequestThroughAnUnknownOfficeIsAFinding() {
        Fact request = maria.requested(morning(day(2025, 2, 1)));

        assertThat(rule.findings(maria.facts(), context)).singleElement()
                .extracting(Finding::evidence).asList().containsExactly(request.source());
    }

    @Test
    void aRequestOnTheLastDayOfAnActiveLicenceIsNoFinding() {
        context.licence(OFFICE, LicenceStatus.ACTIVE, day(2024, 5, 2), VALID_UNTIL);
        maria.requested(Amman.at(VALID_UNTIL, 23, 59));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void aRequestTheDayAfterAnActiveLicenceEndsIsAFinding() {
        context.licence(OFFICE, LicenceStatus.ACTIVE, day(2024, 5, 2), VALID_UNTIL);
        maria.requested(morning(VALID_UNTIL.plusDays(1)));

        assertThat(rule.findings(maria.facts(), context)).hasSize(1);
    }

    @Test
    void aTransferThroughAnUnknownOfficeIsAFindingOnTheTransferNamingTheNewEmployer() {
        Fact transfer = maria.transferred(day(2025, 6, 1), OTHER_OFFICE);

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.episode())
                    .isEqualTo("transfer:" + transfer.as(WorkerTransferred.class).transferId().value());
            assertThat(finding.raisedAt()).isEqualTo(transfer.businessTime());
            assertThat(finding.evidence()).containsExactly(transfer.source());
            assertThat(finding.office()).isEqualTo(OTHER_OFFICE.value());
            assertThat(finding.employer()).isEqualTo(OTHER_EMPLOYER.value());
        });
    }

    @Test
    void aTransferNamingNoOfficeIsNoFinding() {
        maria.transferred(day(2025, 6, 1));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }
}
