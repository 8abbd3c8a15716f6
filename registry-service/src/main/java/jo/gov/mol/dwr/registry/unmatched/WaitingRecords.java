package jo.gov.mol.dwr.registry.unmatched;

import java.util.List;

/**
 * A kind of record the registry accepts before it knows the record's subject: it is kept, waits, unmatched, and
 * joins its subject when that arrives (by passport key or by request number, at query time or when the subject
 * is applied). Each such feature implements it (its repository does, with a query).
 */
public interface WaitingRecords {

    List<UnmatchedRecord> unmatched();

    long countUnmatched();
}
