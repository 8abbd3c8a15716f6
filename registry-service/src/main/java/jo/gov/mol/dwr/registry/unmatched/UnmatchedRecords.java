package jo.gov.mol.dwr.registry.unmatched;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every accepted record still waiting for its subject, longest waiting first: records that name a worker by
 * passport before the worker's recruitment request arrived, and MoI decisions on a request MoL has not sent yet
 * (interfaces.md: the unmatched list of {@code GET /api/admin/unmatched}).
 */
@Component
public class UnmatchedRecords {
    private static final Comparator<UnmatchedRecord> LONGEST_WAITING_FIRST = Comparator
            .comparing(UnmatchedRecord::since).thenComparing(UnmatchedRecord::kind)
            .thenComparing(UnmatchedRecord::reference);

    private final List<WaitingRecords> records;

    UnmatchedRecords(List<WaitingRecords> records) {
        this.records = records;
    }

    @Transactional(readOnly = true)
    public List<UnmatchedRecord> list() {
        return records.stream().flatMap(kind -> kind.unmatched().stream()).sorted(LONGEST_WAITING_FIRST).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return records.stream().mapToLong(WaitingRecords::countUnmatched).sum();
    }
}
