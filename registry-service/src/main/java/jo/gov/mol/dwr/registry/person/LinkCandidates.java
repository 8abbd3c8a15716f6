package jo.gov.mol.dwr.registry.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.registry.linkage.PersonStandardiser;
import jo.gov.mol.dwr.registry.linkage.StandardisedPerson;

/**
 * The kept records an incoming one is compared with. The deterministic rule first (decisions.md): records of the
 * same issuing state, passport number and birth date, if any; otherwise the records sharing a blocking key. Records
 * on a person that may never be the incoming record's (see {@link CannotLinks}) are left out.
 */
@Component
class LinkCandidates {
    /**
     * A name common in a nationality and a common birth day meet many records; those sharing the most keys are
     * the likeliest, and the engine weighs a person through their best record anyway.
     */
    static final int MOST = 200;

    private final LinkedRecordRepository records;
    private final Survivors survivors;
    private final PersonStandardiser standardiser;

    LinkCandidates(LinkedRecordRepository records, Survivors survivors, PersonStandardiser standardiser) {
        this.records = records;
        this.survivors = survivors;
        this.standardiser = standardiser;
    }

    List<KnownRecord> of(StandardisedPerson incoming, Set<String> blockingKeys, Set<Long> apart) {
        if (incoming.passportKey() != null && incoming.birthDate() != null) {
            List<KnownRecord> sameDocument = known(records.findByIssuingStateAndPassportNoAndBirthDate(
                    incoming.issuingState(), incoming.passportNumber(), incoming.birthDate()), apart);
            if (!sameDocument.isEmpty()) {
                return sameDocument;
            }
        }
        if (blockingKeys.isEmpty()) {
            return List.of();
        }
        List<Long> sharing = records.sharingKeys(blockingKeys, PageRequest.of(0, MOST));
        return sharing.isEmpty() ? List.of() : known(records.candidates(sharing), apart);
    }

    private List<KnownRecord> known(Collection<LinkedRecord> found, Set<Long> apart) {
        Map<Long, Long> survivors = this.survivors.of(found.stream().map(LinkedRecord::personId)
                .collect(Collectors.toSet()));
        return found.stream()
                .map(record -> new KnownRecord(record.id(), survivors.get(record.personId()),
                        record.standardised(standardiser)))
                .filter(known -> !apart.contains(known.survivorId()))
                .toList();
    }
}
