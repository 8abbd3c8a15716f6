package jo.gov.mol.dwr.registry.person;

import jo.gov.mol.dwr.registry.linkage.Candidate;
import jo.gov.mol.dwr.registry.linkage.StandardisedPerson;

/** A kept record offered to the engine, on the person it stands for now (its link's person, through merges). */
record KnownRecord(long recordId, long survivorId, StandardisedPerson person) {

    Candidate candidate() {
        return new Candidate(Long.toString(survivorId), person);
    }
}
