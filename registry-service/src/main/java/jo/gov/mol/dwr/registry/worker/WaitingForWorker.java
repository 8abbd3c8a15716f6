package jo.gov.mol.dwr.registry.worker;

import java.util.List;

/**
 * Records that name a person only by passport: they join the worker who holds that passport (issuing state and
 * folded number) whenever there is one, and wait, unmatched, while there is none. Each such feature implements
 * it (its repository does, with a query that joins by passport key).
 */
public interface WaitingForWorker {

    List<UnmatchedRecord> unmatched();

    long countUnmatched();
}
