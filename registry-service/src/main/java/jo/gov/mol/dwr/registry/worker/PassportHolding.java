package jo.gov.mol.dwr.registry.worker;

import java.time.LocalDate;

import jo.gov.mol.dwr.mappings.canonical.Sex;

/**
 * A passport identity and the description kept with it: the person it belongs to ({@code personId}, as linkage
 * first decided, not resolved through merges) and who the records naming it say its holder is.
 *
 * @param describedIn where the description comes from (a recruitment request describes best: two scripts)
 */
public record PassportHolding(long workerId, Passport passport, String nationality, String nameLatin,
                              String nameArabic, LocalDate birthDate, Sex sex, IdentitySource describedIn,
                              Long personId) {

    static PassportHolding of(Worker worker) {
        return new PassportHolding(worker.id(), worker.passport(), worker.nationality(), worker.nameLatin(),
                worker.nameArabic(), worker.birthDate(), worker.sex(), worker.identitySource(), worker.personId());
    }
}
