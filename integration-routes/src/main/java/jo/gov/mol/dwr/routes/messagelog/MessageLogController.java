package jo.gov.mol.dwr.routes.messagelog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/message-log/verification} (ADMIN): the message log's chain checked now. */
@RestController
class MessageLogController {
    private final MessageLogVerifier verifier;

    MessageLogController(MessageLogVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/admin/message-log/verification")
    MessageLogVerifier.Verification verification() {
        return verifier.verify();
    }
}
