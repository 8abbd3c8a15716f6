package jo.gov.mol.dwr.registry.source;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.registry.audit.AuditAction;
import jo.gov.mol.dwr.registry.audit.AuditTrail;

/**
 * {@code GET /api/messages/{system}/{messageId}} (AUDITOR, REGULATOR, ADMIN): a source message as received and its
 * SHA-256 as the hub logged it (interfaces.md 6). Every read is audited, whatever it answers.
 */
@RestController
class SourceMessageController {
    private final SourceMessages messages;
    private final AuditTrail trail;

    SourceMessageController(SourceMessages messages, AuditTrail trail) {
        this.messages = messages;
        this.trail = trail;
    }

    @GetMapping("/api/messages/{system}/{messageId}")
    ResponseEntity<?> read(@PathVariable String system, @PathVariable String messageId) {
        ResponseEntity<?> answer = answer(system, messageId);
        trail.record(AuditAction.READ_MESSAGE, "/api/messages/" + system + "/" + messageId,
                answer.getStatusCode().value());
        return answer;
    }

    private ResponseEntity<?> answer(String system, String messageId) {
        SourceSystem known;
        try {
            known = SourceSystem.valueOf(system.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknownSystem) {
            return problem(HttpStatus.NOT_FOUND, "unknown_system", "no source system " + system);
        }
        return messages.raw(known, messageId)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "unknown_message",
                        "no message " + messageId + " from " + known + " was applied"));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }
}
