package jo.gov.mol.dwr.registry.source;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * A source message as the API names it, on a timeline and as a flag's evidence: its system, its message id and
 * the business reference it carried; {@code GET /api/messages/{system}/{messageId}} shows it as received.
 */
public record SourceRef(SourceSystem system, String messageId, String reference) {
}
