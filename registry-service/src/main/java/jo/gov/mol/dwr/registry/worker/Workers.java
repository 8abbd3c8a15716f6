package jo.gov.mol.dwr.registry.worker;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;
import jo.gov.mol.dwr.registry.source.Provenance;

/** The workers: created or described by the identity a recruitment request carries. */
@Component
public class Workers {
    private final WorkerRepository workers;

    Workers(WorkerRepository workers) {
        this.workers = workers;
    }

    /**
     * Creates the worker who holds this passport, or describes the one there is. Two requests racing to create the
     * same worker meet the unique passport key: the loser rolls back and its redelivery finds the worker.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordIdentity(WorkerIdentity identity, Provenance provenance) {
        workers.findByPassportKey(identity.passport().key()).ifPresentOrElse(
                worker -> worker.describe(identity, provenance),
                () -> workers.save(Worker.identifiedBy(identity, provenance)));
    }
}
