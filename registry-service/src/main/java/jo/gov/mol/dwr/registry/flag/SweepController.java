package jo.gov.mol.dwr.registry.flag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jo.gov.mol.dwr.registry.audit.AuditAction;
import jo.gov.mol.dwr.registry.audit.Audited;

/** {@code POST /api/admin/sweep} (ADMIN): runs the time-based rules now and answers what the sweep did. */
@RestController
class SweepController {
    private final FlagSweep sweep;

    SweepController(FlagSweep sweep) {
        this.sweep = sweep;
    }

    @PostMapping("/api/admin/sweep")
    @Audited(AuditAction.RUN_SWEEP)
    FlagSweep.SweepSummary sweep() {
        return sweep.sweep();
    }
}
