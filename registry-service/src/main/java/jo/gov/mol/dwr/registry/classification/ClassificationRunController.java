package jo.gov.mol.dwr.registry.classification;

import java.security.Principal;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jo.gov.mol.dwr.registry.audit.AuditAction;
import jo.gov.mol.dwr.registry.audit.Audited;

/** {@code POST /api/admin/classification-runs} (ADMIN, interfaces.md 6): every office recomputed now, answered when done. */
@RestController
class ClassificationRunController {
    private final ClassificationRuns runs;

    ClassificationRunController(ClassificationRuns runs) {
        this.runs = runs;
    }

    @PostMapping("/api/admin/classification-runs")
    @Audited(AuditAction.RUN_CLASSIFICATION)
    RunSummary run(Principal admin) {
        return runs.run(admin.getName());
    }
}
