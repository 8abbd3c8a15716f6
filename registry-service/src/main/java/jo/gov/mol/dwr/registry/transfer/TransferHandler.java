package jo.gov.mol.dwr.registry.transfer;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.WorkerTransferred;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.source.Provenance;

@Component
class TransferHandler implements EventHandler<WorkerTransferred> {
    private final TransferRepository transfers;

    TransferHandler(TransferRepository transfers) {
        this.transfers = transfers;
    }

    @Override
    public Class<WorkerTransferred> eventType() {
        return WorkerTransferred.class;
    }

    @Override
    public void apply(WorkerTransferred fact, Provenance provenance) {
        TransferTerms terms = TransferTerms.of(fact);
        transfers.findByTransferRef(fact.transferId().value()).ifPresentOrElse(
                transfer -> transfer.record(terms, provenance),
                () -> transfers.save(Transfer.made(fact.transferId(), terms, provenance)));
    }
}
