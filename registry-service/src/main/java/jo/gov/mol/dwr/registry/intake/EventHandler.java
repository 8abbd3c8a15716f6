package jo.gov.mol.dwr.registry.intake;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * Applies one kind of canonical event to the registry. The intake calls it inside the transaction that also keeps
 * the source message, so either both are written or neither. Each kind of event has exactly one handler.
 */
public interface EventHandler<E extends CanonicalEvent> {

    Class<E> eventType();

    void apply(E fact, Provenance provenance);
}
