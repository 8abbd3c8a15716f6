package jo.gov.mol.dwr.registry.source;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.registry.api.RequestRefused;
import jo.gov.mol.dwr.registry.audit.AuditAction;
import jo.gov.mol.dwr.registry.audit.Audited;

/**
 * {@code GET /api/messages/{system}/{messageId}} (AUDITOR, REGULATOR, ADMIN): a source message as received and its
 * SHA-256 as the hub logged it (interfaces.md 6). Every read is audited, whatever it answers.
 */
@RestController
class SourceMessageController {
    private final SourceMessages messages;

    SourceMessageController(SourceMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/api/messages/{system}/{messageId}")
    @Audited(AuditAction.READ_MESSAGE)
    RawMessage read(@PathVariable String system, @PathVariable String messageId) {
        SourceSystem known;
        try {
            known = SourceSystem.valueOf(system.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknownSystem) {
            throw RequestRefused.notFound("unknown_system", "no source system " + system);
        }
        return messages.raw(known, messageId).orElseThrow(() -> RequestRefused.notFound("unknown_message",
                "no message " + messageId + " from " + known + " was applied"));
    }
}
