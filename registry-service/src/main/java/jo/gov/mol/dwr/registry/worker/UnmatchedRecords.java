package jo.gov.mol.dwr.registry.worker;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every accepted record still waiting for its worker. A record joins its worker by passport key at query time, so
 * the record that arrives before its worker joins the moment the worker's recruitment request is applied, without
 * being touched.
 */
@Component
public class UnmatchedRecords {
    private final List<WaitingForWorker> records;

    UnmatchedRecords(List<WaitingForWorker> records) {
        this.records = records;
    }

    @Transactional(readOnly = true)
    public List<UnmatchedRecord> list() {
        return records.stream().flatMap(kind -> kind.unmatched().stream()).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return records.stream().mapToLong(WaitingForWorker::countUnmatched).sum();
    }
}
