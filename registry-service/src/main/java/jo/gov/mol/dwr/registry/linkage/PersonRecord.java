package jo.gov.mol.dwr.registry.linkage;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.canonical.TravellerIdentity;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;

/**
 * What one source record says about a person, as given: the linkage input. Any part may be missing.
 *
 * @param nameLatin       the whole name in Latin script in any order (for the MRZ, its surname and given names)
 * @param nameArabic      the whole name in Arabic script, where the source gives one (MoL)
 * @param passport        the issuing state and passport number
 * @param businessNumbers the MoL request, MoI approval and work permit numbers the record carries
 */
public record PersonRecord(SourceKind source, String nameLatin, String nameArabic, LocalDate birthDate, Sex sex,
                           CountryCode nationality, PassportRef passport, Set<String> businessNumbers) {

    public PersonRecord {
        businessNumbers = businessNumbers == null ? Set.of() : Set.copyOf(businessNumbers);
    }

    /** A record that names the person as MoL, MoI or an embassy does. */
    public static PersonRecord of(SourceKind source, WorkerIdentity worker, String... businessNumbers) {
        return new PersonRecord(source, worker.nameLatin(), worker.nameArabic(), worker.birthDate(), worker.sex(),
                worker.nationality(), worker.passport(), numbers(businessNumbers));
    }

    /** A record read from a passport's machine readable zone at the border. */
    public static PersonRecord of(TravellerIdentity traveller, String... businessNumbers) {
        String name = traveller.givenNames() == null ? traveller.surname() : traveller.surname() + " " + traveller.givenNames();
        return new PersonRecord(SourceKind.BORDER, name, null, traveller.birthDate(), traveller.sex(),
                traveller.nationality(), traveller.passport(), numbers(businessNumbers));
    }

    private static Set<String> numbers(String... numbers) {
        return Stream.of(numbers).filter(number -> number != null && !number.isBlank()).collect(Collectors.toSet());
    }
}
