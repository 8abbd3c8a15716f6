package jo.gov.mol.dwr.registry.embassy;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.AttestationNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.notice.Notices;
import jo.gov.mol.dwr.registry.source.MessageKey;
import jo.gov.mol.dwr.registry.source.Provenance;
import jo.gov.mol.dwr.registry.source.SourceMessages;

/**
 * Keeps a version of an embassy's attestation, and tells MoL of it (decisions.md: an {@code AttestationNotice} for
 * every attestation), every version, older ones arriving late included: MoL hears what each embassy message said.
 * The notice is recorded in the transaction that keeps the version, and its id derives from the version's own
 * source message, so the intake's once-per-event and the notice id's uniqueness both keep a redelivery from
 * recording a second notice.
 */
@Component
class AttestationHandler implements EventHandler<ContractAttested> {
    private final EmbassyRecordKeeper keeper;
    private final SourceMessages sourceMessages;
    private final Notices notices;

    AttestationHandler(EmbassyRecordKeeper keeper, SourceMessages sourceMessages, Notices notices) {
        this.keeper = keeper;
        this.sourceMessages = sourceMessages;
        this.notices = notices;
    }

    @Override
    public Class<ContractAttested> eventType() {
        return ContractAttested.class;
    }

    @Override
    public void apply(ContractAttested fact, Provenance provenance) {
        keeper.keep(fact, provenance);
        MessageKey source = sourceMessages.keyOf(provenance.eventId());
        notices.due(AttestationNoticeDue.of(source.system(), source.messageId(), fact), provenance.eventId());
    }
}
