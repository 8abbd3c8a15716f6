package jo.gov.mol.dwr.registry.flag;

import java.util.List;
import java.util.Optional;

import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.registry.approval.ApprovalOnRecord;

/**
 * A person's entries as the entry rules read them: one finding per entry (the crossing's event id, the same for
 * its real-time message and its nightly-file row), counted for the office of the approval's request, or else of the
 * person's latest request before it.
 */
final class Entries {
    private Entries() {
    }

    /** An entry and the approval its VisaRef names, when the registry knows that approval. */
    record OnApproval(Fact entry, ApprovalOnRecord approval) {
        BorderCrossed crossing() {
            return entry.as(BorderCrossed.class);
        }
    }

    static List<OnApproval> onKnownApprovals(PersonFacts facts, FlagContext context) {
        return facts.crossings(Direction.ENTRY).stream()
                .filter(entry -> entry.as(BorderCrossed.class).visaRef() != null)
                .flatMap(entry -> context.approval(entry.as(BorderCrossed.class).visaRef())
                        .map(approval -> new OnApproval(entry, approval)).stream())
                .toList();
    }

    static String episode(Fact entry) {
        return "entry:" + entry.eventId();
    }

    static Finding finding(RuleCode rule, Fact entry, PersonFacts facts, FlagContext context, List<Fact> evidence) {
        return Finding.of(rule, episode(entry), entry.businessTime(), evidence)
                .withOffice(officeOf(entry, facts, context).orElse(null));
    }

    static Optional<String> officeOf(Fact entry, PersonFacts facts, FlagContext context) {
        BorderCrossed crossing = entry.as(BorderCrossed.class);
        Optional<String> ofApproval = crossing.visaRef() == null ? Optional.empty()
                : context.approval(crossing.visaRef())
                        .flatMap(approval -> context.holderOf(approval.grant().requestId()))
                        .map(FlagContext.RequestHolder::office);
        return ofApproval.or(() -> facts.latestRequestAtOrBefore(entry.businessTime())
                .map(request -> request.as(RecruitmentRequested.class).office().value()));
    }
}
