package jo.gov.mol.dwr.routes.security;

import java.net.URI;
import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The embassies' tokens (ADMIN, interfaces.md 6), rotated without a restart: issue a new one, hand it over, then
 * revoke the old one; both work in between. The token itself is shown once, when issued.
 */
@RestController
@RequestMapping("/api/admin/embassies/{iso3}/tokens")
class EmbassyTokenController {
    private final EmbassyTokens tokens;

    EmbassyTokenController(EmbassyTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<?> issue(@PathVariable String iso3, Principal admin) {
        if (EmbassyTokens.embassy(iso3).isEmpty()) {
            return unknownEmbassy(iso3);
        }
        EmbassyTokens.Issued issued = tokens.issue(iso3, admin.getName());
        return ResponseEntity.created(URI.create("/api/admin/embassies/" + iso3 + "/tokens/" + issued.id())).body(issued);
    }

    @GetMapping
    ResponseEntity<?> list(@PathVariable String iso3) {
        if (EmbassyTokens.embassy(iso3).isEmpty()) {
            return unknownEmbassy(iso3);
        }
        return ResponseEntity.ok(tokens.list(iso3));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<?> revoke(@PathVariable String iso3, @PathVariable long id) {
        if (EmbassyTokens.embassy(iso3).isEmpty() || !tokens.revoke(iso3, id)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "embassy " + iso3 + " holds no token " + id));
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> unknownEmbassy(String iso3) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no embassy channel " + iso3));
    }
}
