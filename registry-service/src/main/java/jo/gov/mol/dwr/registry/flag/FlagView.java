package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jo.gov.mol.dwr.registry.source.SourceRef;

/**
 * A flag as the API shows it (interfaces.md 6).
 *
 * @param worker  the worker the flag concerns, whatever its subject, when there is one
 * @param history every move, oldest first (only when one flag is read)
 */
public record FlagView(long id, RuleCode rule, Severity severity, FlagStatus status, Instant raisedAt,
                       int ruleSetVersion, Subject subject, Worker worker, String officeLicenceNo,
                       String employerNationalId, List<SourceRef> evidence,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> history) {

    /** What the flag is raised on. */
    public record Subject(SubjectType type, String id) {
    }

    /** The worker a flag concerns: the linked person and their passport. */
    public record Worker(long id, String passportNo, String nationality, String name) {
    }

    /** One move of the flag. */
    public record Step(FlagStatus from, FlagStatus to, String by, Instant at, String note) {
    }
}
