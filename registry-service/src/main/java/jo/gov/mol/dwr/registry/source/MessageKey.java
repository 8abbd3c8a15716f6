package jo.gov.mol.dwr.registry.source;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/** A source message as its sender names it: the system and the message id it gave. */
public record MessageKey(SourceSystem system, String messageId) {
}
