package jo.gov.mol.dwr.registry.flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;

/**
 * ENTRY_WITHOUT_ATTESTATION: an entry on an approval for a nationality that requires attestation, with no ATTESTED
 * record for that person and the office of the approval's request, or with a REFUSED one as the latest. An
 * attestation that arrives later resolves it.
 */
@Component
class EntryWithoutAttestation implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.ENTRY_WITHOUT_ATTESTATION;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Finding> found = new ArrayList<>();
        for (Entries.OnApproval entry : Entries.onKnownApprovals(facts, context)) {
            boolean required = context.rulesOn(entry.entry().date())
                    .bilateral(entry.crossing().traveller().nationality())
                    .filter(rule -> rule.attestationRequired()).isPresent();
            Optional<String> office = Entries.officeOf(entry.entry(), facts, context);
            if (!required || office.isEmpty()) {
                continue;
            }
            Optional<Fact> latest = facts.current(ContractAttested.class).stream()
                    .filter(fact -> fact.as(ContractAttested.class).office().value().equals(office.get()))
                    .reduce((earlier, later) -> later);
            boolean attested = latest.filter(fact -> fact.as(ContractAttested.class).status()
                    == AttestationStatus.ATTESTED).isPresent();
            if (!attested) {
                List<Fact> evidence = new ArrayList<>(List.of(entry.entry()));
                latest.ifPresent(evidence::add);
                found.add(Entries.finding(code(), entry.entry(), facts, context, evidence).withOffice(office.get()));
            }
        }
        return found;
    }
}
