package jo.gov.mol.dwr.registry.dossier;

import java.util.List;

/** {@code GET /api/workers/{id}/timeline}: the worker and every event of theirs, oldest first. */
public record WorkerTimeline(WorkerView worker, List<TimelineEvent> events) {
}
