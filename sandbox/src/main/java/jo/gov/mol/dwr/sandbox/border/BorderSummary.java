package jo.gov.mol.dwr.sandbox.border;

import java.util.List;

import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.sandbox.InboxState;
import jo.gov.mol.dwr.sandbox.SandboxSummary;

/**
 * What the border simulator sent, and where it ended up: the nightly files in the hub's inbox and the crossings in
 * the registry.
 *
 * @param held the run's crossings the registry holds (looked up by event id)
 */
public record BorderSummary(BorderRun run, InboxState inbox, long held) {

    public long missing() {
        return run.crossings().size() - held;
    }

    /** Every crossing in the registry, lost ones included, and every file loaded whole. */
    public boolean asExpected() {
        return missing() == 0 && inbox.rejected() == 0 && inbox.waiting() == 0;
    }

    public List<String> rows() {
        return List.of(
                SandboxSummary.row("crossings", run.crossings().size(), "%d entries and %d exits of %d approved workers, %d other travellers"
                        .formatted(run.workerCrossings(Direction.ENTRY), run.workerCrossings(Direction.EXIT), run.approved(),
                                run.otherTravellers())),
                SandboxSummary.row("sent on JMS", run.sent(), "persistent messages to " + run.link()),
                SandboxSummary.row("lost", run.lost(), "on purpose: never sent in real time, so only in the nightly files"),
                SandboxSummary.row("file rows", run.crossings().size(), "in %d nightly files (every crossing, the lost ones included)"
                        .formatted(run.files().size())),
                SandboxSummary.row("files loaded", inbox.loaded(), "moved to done/ by the hub; %d rejected/, %d still in the inbox"
                        .formatted(inbox.rejected(), inbox.waiting())),
                SandboxSummary.row("registry", held, "crossings held, each once by its event id (%d missing)".formatted(missing())),
                "  time           %.1f s sending and writing files".formatted(SandboxSummary.seconds(run.sending())));
    }
}
