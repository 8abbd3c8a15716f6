package jo.gov.mol.dwr.registry.dossier;

import java.time.LocalDate;

import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.registry.worker.PassportHolding;

/** One passport a worker held, and who the records naming it say its holder is. */
public record PassportView(String passportNo, String issuingState, String nationality, String name,
                           String nameArabic, LocalDate birthDate, Sex sex) {

    static PassportView of(PassportHolding holding) {
        return new PassportView(holding.passport().number(), holding.passport().issuingState(),
                holding.nationality(), holding.nameLatin(), holding.nameArabic(), holding.birthDate(), holding.sex());
    }
}
