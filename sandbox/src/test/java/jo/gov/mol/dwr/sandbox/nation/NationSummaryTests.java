package jo.gov.mol.dwr.sandbox.nation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.sandbox.InboxState;

class NationSummaryTests {
    private static final InboxState NIGHTLY_ALL_LOADED = new InboxState(84, 0, 0);

    @Test
    void anEmbassyFileRefusedWholeAsPlannedKeepsTheRunAsExpected() {
        assertThat(NationSummary.filesTaken(NIGHTLY_ALL_LOADED, new InboxState(70, 2, 0), 2)).isTrue();
    }

    @Test
    void aFileRefusedWholeThatWasNotPlannedFailsTheRun() {
        assertThat(NationSummary.filesTaken(NIGHTLY_ALL_LOADED, new InboxState(70, 3, 0), 2)).isFalse();
        assertThat(NationSummary.filesTaken(new InboxState(83, 1, 0), new InboxState(70, 2, 0), 2)).isFalse();
    }

    @Test
    void aFilePlannedToBeRefusedThatWasLoadedFailsTheRun() {
        assertThat(NationSummary.filesTaken(NIGHTLY_ALL_LOADED, new InboxState(72, 0, 0), 2)).isFalse();
    }

    @Test
    void aFileStillInTheInboxFailsTheRun() {
        assertThat(NationSummary.filesTaken(NIGHTLY_ALL_LOADED, new InboxState(69, 2, 1), 2)).isFalse();
        assertThat(NationSummary.filesTaken(new InboxState(83, 0, 1), new InboxState(70, 2, 0), 2)).isFalse();
    }
}
