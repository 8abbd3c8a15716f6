package jo.gov.mol.dwr.sandbox.embassy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.sandbox.InboxState;
import jo.gov.mol.dwr.sandbox.SandboxSummary;
import jo.gov.mol.dwr.sandbox.embassy.PlannedRecord.Twist;

/**
 * What the embassies sent and where it ended up: the hub's answers to PHL, its reports of the files' bad records,
 * the files taken from the inbox, the attestations and welfare cases in the registry and the AttestationNotices at
 * MoL, compared with what the plan says each should be.
 *
 * @param inbox             where the hub has put the run's files
 * @param reports           every row of the hub's reports of those files
 * @param applied           the run's record versions the registry has applied (looked up by event id)
 * @param attestationsHeld  attestations in the registry, one per embassy and reference
 * @param welfareCasesHeld  welfare cases in the registry, one per embassy and reference
 * @param noticesMissing    AttestationNotices due that MoL has not received (or received stating something else)
 * @param noticesUnexpected AttestationNotices MoL received that no accepted version called for
 * @param waited            how long after the embassies' run everything arrived, or the timeout
 */
public record EmbassySummary(EmbassyRun run, InboxState inbox, List<EmbassySimulator.Reported> reports, long applied,
                             long attestationsHeld, long welfareCasesHeld, int noticesMissing, int noticesUnexpected,
                             Duration waited) {

    public EmbassySummary {
        reports = List.copyOf(reports);
    }

    /** Bad records the hub did not report where they are (file, line, field). */
    public long missingReports() {
        return run.files().stream().flatMap(file -> file.bad().stream().filter(bad -> reports.stream()
                .noneMatch(r -> r.file().equals(file.name()) && matches(r, bad)))).count();
    }

    /** Report rows about anything but a record written bad. */
    public long unexpectedReports() {
        return reports.stream().filter(r -> run.files().stream().noneMatch(file -> file.name().equals(r.file())
                && file.bad().stream().anyMatch(bad -> matches(r, bad)))).count();
    }

    public long unexpected() {
        return run.phl().unexpected() + missingReports() + unexpectedReports();
    }

    /** Every answer and report as planned; every file loaded; every version applied; every notice at MoL, once. */
    public boolean asExpected() {
        return unexpected() == 0 && inbox.rejected() == 0 && inbox.waiting() == 0 && applied == run.versions().size()
                && attestationsHeld == run.attestations() && welfareCasesHeld == run.welfareCases()
                && noticesMissing == 0 && noticesUnexpected == 0;
    }

    public List<String> rows() {
        List<PlannedRecord> records = run.records();
        List<PlannedRecord> phl = run.of(EmbassySimulator.PHL);
        PhlRun answers = run.phl();
        List<String> rows = new ArrayList<>();
        rows.add(SandboxSummary.row("records", records.size(), "%d attestations (%d ATTESTED, %d REFUSED), %d welfare cases (%s)"
                .formatted(run.attestations(), status(records, AttestationStatus.ATTESTED), status(records, AttestationStatus.REFUSED),
                        run.welfareCases(), categories(records))));
        rows.add(SandboxSummary.row("PHL calls", answers.calls(), "POST %s: %d events, %d sent twice, %d first sent broken, %d with a wrong token"
                .formatted(EmbassySimulator.EVENTS, phl.size(), twisted(phl, Twist.SENT_TWICE), twisted(phl, Twist.BROKEN_FIRST),
                        phl.isEmpty() ? 0 : 1)));
        rows.add(SandboxSummary.row("PHL accepted", answers.accepted(), "202 ACCEPTED"));
        rows.add(SandboxSummary.row("PHL duplicate", answers.duplicates(), "202 DUPLICATE (the same eventId again)"));
        rows.add(SandboxSummary.row("PHL refused", answers.refused(), "400 naming " + counts(answers.refusedAt())
                + "; each corrected and accepted under its eventId"));
        rows.add(SandboxSummary.row("PHL 401", answers.unauthorized(), "a token the hub never issued; %d calls retried after 5xx"
                .formatted(answers.serverErrors())));
        rows.addAll(fileRows("LKA", EmbassySimulator.LKA, "XML exports, the second a re-export"));
        rows.addAll(fileRows("CSV", EmbassySimulator.CSV, "files " + filesByEmbassy()));
        rows.add(SandboxSummary.row("files taken", inbox.loaded() + inbox.rejected(), "by the hub: %d to done/, %d to rejected/, %d still in the inbox"
                .formatted(inbox.loaded(), inbox.rejected(), inbox.waiting())));
        rows.add(SandboxSummary.row("unexpected", unexpected(), "answers other than planned %d, bad records not reported %d, other report rows %d"
                .formatted(answers.unexpected(), missingReports(), unexpectedReports())));
        rows.add("  registry       attestations %d of %d, welfare cases %d of %d (once per embassy and reference); versions applied %d of %d"
                .formatted(attestationsHeld, run.attestations(), welfareCasesHeld, run.welfareCases(), applied, run.versions().size()));
        long due = run.versions().stream().filter(RecordVersion::isAttestation).count();
        rows.add(SandboxSummary.row("MoL notices", due, "AttestationNotices due, one per attestation version accepted: %d missing, %d unexpected"
                .formatted(noticesMissing, noticesUnexpected)));
        rows.add("  time           %.1f s sending and dropping files".formatted(SandboxSummary.seconds(run.sending())));
        return rows;
    }

    /** A file channel: its rows or records, what the hub is to make of them, and its bad ones as reported. */
    private List<String> fileRows(String channel, Set<String> embassies, String files) {
        List<EmbassyFile> dropped = run.filesOf(embassies);
        long written = dropped.stream().mapToLong(f -> f.records().size()).sum();
        long bad = dropped.stream().mapToLong(f -> f.bad().size()).sum();
        long versions = run.versionsOf(embassies).size();
        List<String> rows = new ArrayList<>();
        rows.add(SandboxSummary.row(channel + " files", dropped.size(), files));
        rows.add(SandboxSummary.row(channel + " records", written, "%d to accept, %d unchanged again (DUPLICATE), %d bad, each corrected in the next file"
                .formatted(versions, written - versions - bad, bad)));
        for (EmbassyFile file : dropped) {
            for (EmbassyFile.Entry entry : file.bad()) {
                String reported = reports.stream().filter(r -> r.file().equals(file.name()) && matches(r, entry))
                        .map(r -> r.row().code()).findFirst().orElse("NOT REPORTED");
                rows.add("  %-14s %s/done/%s.report.csv: line %d %s %s".formatted(channel + " bad", file.embassy(),
                        file.name(), entry.line(), entry.badField(), reported));
            }
        }
        return rows;
    }

    private static boolean matches(EmbassySimulator.Reported reported, EmbassyFile.Entry bad) {
        return reported.row().line() == bad.line() && bad.badField().equals(reported.row().field());
    }

    private String filesByEmbassy() {
        Map<String, Long> byEmbassy = run.filesOf(EmbassySimulator.CSV).stream()
                .collect(Collectors.groupingBy(EmbassyFile::embassy, TreeMap::new, Collectors.counting()));
        return counts(byEmbassy);
    }

    private static long status(List<PlannedRecord> records, AttestationStatus status) {
        return records.stream().filter(r -> r.status() == status).count();
    }

    private static long twisted(List<PlannedRecord> records, Twist twist) {
        return records.stream().filter(r -> r.twist() == twist).count();
    }

    private static String categories(List<PlannedRecord> records) {
        Map<String, Long> byCategory = records.stream().filter(r -> !r.isAttestation())
                .collect(Collectors.groupingBy(r -> r.category().name(), TreeMap::new, Collectors.counting()));
        return counts(byCategory);
    }

    private static String counts(Map<String, Long> counts) {
        return counts.isEmpty() ? "none" : new TreeMap<>(counts).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
