package jo.gov.mol.dwr.sandbox.embassy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.sandbox.AttestationFact;

/**
 * What the embassies did in one run, and what the hub is to make of it.
 *
 * @param records  every record planned, each sent (corrected where it was first broken)
 * @param phl      the Philippine embassy's calls and the hub's answers
 * @param files    the LKA exports and CSV files dropped, in the order dropped
 * @param versions every record version the hub is to accept, once each
 * @param sending  how long sending and dropping took, the wait for the first round of files included
 */
public record EmbassyRun(List<PlannedRecord> records, PhlRun phl, List<EmbassyFile> files, List<RecordVersion> versions,
                         Duration sending) {

    public EmbassyRun {
        records = List.copyOf(records);
        files = List.copyOf(files);
        versions = List.copyOf(versions);
    }

    /** Attestations the registry is to hold: one per embassy and reference, whatever its versions. */
    public long attestations() {
        return records.stream().filter(PlannedRecord::isAttestation).count();
    }

    public long welfareCases() {
        return records.size() - attestations();
    }

    /** The AttestationNotices MoL is to receive, by notice id: one per attestation version. */
    public Map<UUID, AttestationFact> noticesDue() {
        return versions.stream().flatMap(v -> v.noticeDue().stream())
                .collect(Collectors.toMap(due -> due.noticeId(), AttestationFact::of));
    }

    public List<PlannedRecord> of(Set<String> embassies) {
        return records.stream().filter(r -> embassies.contains(r.embassy())).toList();
    }

    public List<EmbassyFile> filesOf(Set<String> embassies) {
        return files.stream().filter(f -> embassies.contains(f.embassy())).toList();
    }

    public List<RecordVersion> versionsOf(Set<String> embassies) {
        return versions.stream().filter(v -> embassies.contains(v.system().name().substring("EMBASSY_".length()))).toList();
    }
}
