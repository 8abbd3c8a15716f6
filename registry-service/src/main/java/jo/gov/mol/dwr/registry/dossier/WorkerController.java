package jo.gov.mol.dwr.registry.dossier;

import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.registry.api.ListPage;
import jo.gov.mol.dwr.registry.api.QueryParameter;
import jo.gov.mol.dwr.registry.api.RequestRefused;
import jo.gov.mol.dwr.registry.audit.AuditAction;
import jo.gov.mol.dwr.registry.audit.Audited;

/**
 * {@code /api/workers} (AUDITOR, REGULATOR, ADMIN; interfaces.md 6): workers found by passport, one worker, and a
 * worker's timeline. Every call is audited: each reads a person's data.
 */
@RestController
@RequestMapping("/api/workers")
class WorkerController {
    private final Dossiers dossiers;

    WorkerController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** The workers holding a passport number (however spelled) of a nationality, usually one; every worker without. */
    @GetMapping
    @Audited(AuditAction.READ_WORKER)
    ListPage<WorkerView> find(@RequestParam Optional<String> passportNo, @RequestParam Optional<String> nationality,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Optional<String> number = passportNo.filter(given -> !given.isBlank());
        Optional<String> country = nationality.filter(given -> !given.isBlank());
        number.ifPresent(given -> QueryParameter.parsed("passportNo", () -> PassportNo.of(given)));
        country.ifPresent(given -> QueryParameter.parsed("nationality", () -> CountryCode.of(given)));
        return dossiers.find(number, country, ListPage.request(page, size, Sort.unsorted()));
    }

    /** One worker; a person merged into another answers as the survivor, with {@code mergedInto}. */
    @GetMapping("/{id}")
    @Audited(AuditAction.READ_WORKER)
    WorkerView one(@PathVariable long id) {
        return dossiers.worker(id).orElseThrow(() -> unknown(id));
    }

    @GetMapping("/{id}/timeline")
    @Audited(AuditAction.READ_TIMELINE)
    WorkerTimeline timeline(@PathVariable long id) {
        return dossiers.timeline(id).orElseThrow(() -> unknown(id));
    }

    private static RequestRefused unknown(long id) {
        return RequestRefused.notFound("unknown_worker", "no worker " + id);
    }
}
