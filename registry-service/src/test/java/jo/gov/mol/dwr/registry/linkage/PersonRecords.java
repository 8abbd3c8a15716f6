package jo.gov.mol.dwr.registry.linkage;

import java.time.LocalDate;
import java.util.Set;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.Sex;

/** Small factory of person records for the linkage tests: Maria Clara Santos Dela Cruz as interfaces.md has her. */
final class PersonRecords {

    static final PersonStandardiser STANDARDISER = new PersonStandardiser(new NameStandardiser());

    private PersonRecords() {
    }

    static PersonRecord mol(String nameLatin, String nameArabic, String birthDate, String passportNo, String... numbers) {
        return record(SourceKind.MOL, nameLatin, nameArabic, birthDate, passportNo, numbers);
    }

    static PersonRecord border(String surname, String givenNames, String birthDate, String passportNo, String... numbers) {
        return record(SourceKind.BORDER, surname + " " + givenNames, null, birthDate, passportNo, numbers);
    }

    static PersonRecord embassy(String name, String birthDate, String passportNo) {
        return record(SourceKind.EMBASSY, name, null, birthDate, passportNo);
    }

    static PersonRecord record(SourceKind source, String nameLatin, String nameArabic, String birthDate,
                               String passportNo, String... numbers) {
        return new PersonRecord(source, nameLatin, nameArabic, LocalDate.parse(birthDate), Sex.F, CountryCode.of("PHL"),
                new PassportRef(CountryCode.of("PHL"), PassportNo.of(passportNo)), Set.of(numbers));
    }

    static StandardisedPerson standardised(PersonRecord record) {
        return STANDARDISER.standardise(record);
    }
}
