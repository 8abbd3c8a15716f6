package jo.gov.mol.dwr.registry.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.Sex;

/**
 * Generates labelled records of the nine nationalities, seeded: each person's records as each system gives them
 * (MoL typed by hand in Latin and Arabic, the border's MRZ, the embassy's order and spelling, a renewed passport),
 * and hard negatives: a second person with the same common name born the same year, and siblings sharing a surname
 * and a passport-number series.
 */
final class LabelledRecords {

    private static final List<String> NATIONALITIES = List.of("PHL", "LKA", "IDN", "KEN", "UGA", "ETH", "BGD", "NPL", "GHA");
    private static final Map<String, String> PASSPORT_PREFIX = Map.of("PHL", "P", "LKA", "N", "IDN", "C", "KEN", "AK",
            "UGA", "B", "ETH", "EP", "BGD", "EB", "NPL", "PA", "GHA", "G");
    private static final int MRZ_NAME_FIELD = 39;

    private final Random random;
    private final Map<String, NameParts> parts = NameParts.load();
    private final ArabicTypist arabic = new ArabicTypist();
    private final Misspellings misspellings;
    private final List<LabelledRecord> records = new ArrayList<>();
    private int people;
    private int requests;

    private LabelledRecords(long seed) {
        random = new Random(seed);
        misspellings = new Misspellings(random);
    }

    /** Records of {@code persons} people and their hard negatives, in order of arrival. */
    static List<LabelledRecord> generate(long seed, int persons) {
        LabelledRecords generator = new LabelledRecords(seed);
        for (int i = 0; i < persons; i++) {
            LabelledPerson person = generator.person(generator.pick(NATIONALITIES));
            generator.recordsOf(person);
            if (generator.chance(0.10)) {
                generator.recordsOf(generator.namesake(person));
            }
            if (generator.chance(0.08)) {
                generator.recordsOf(generator.sibling(person));
            }
        }
        generator.records.sort(Comparator.comparingLong(LabelledRecord::arrival));
        return List.copyOf(generator.records);
    }

    private LabelledPerson person(String nationality) {
        NameParts names = parts.get(nationality);
        Sex sex = chance(0.92) ? Sex.F : Sex.M;
        List<String> given = new ArrayList<>(List.of(pick(sex == Sex.F ? names.female() : names.male())));
        if (nationality.equals("PHL") && chance(0.6)) {
            given.add(pick(names.surnames()));           // the mother's maiden name, as a middle name
        } else if (chance(0.3)) {
            given.add(pick(sex == Sex.F ? names.female() : names.male()));
        }
        List<String> surnames = nationality.equals("ETH")
                ? List.of(pick(names.male()), pick(names.male()))   // father's and grandfather's names
                : nationality.equals("IDN") && chance(0.5) ? List.of() : List.of(pick(names.surnames()));
        return new LabelledPerson("person-" + ++people, nationality, sex, given, surnames, birthDate(), passportNo(nationality));
    }

    /**
     * Someone else with the very same name, born the same year but not the same day: a namesake born the same day
     * differs from a renewal only by a passport number, which a renewal changes too; no record tells them apart.
     */
    private LabelledPerson namesake(LabelledPerson person) {
        LocalDate born = person.birthDate().withDayOfYear(1 + random.nextInt(365));
        while (born.equals(person.birthDate())) {
            born = person.birthDate().withDayOfYear(1 + random.nextInt(365));
        }
        return new LabelledPerson("person-" + ++people, person.nationality(), person.sex(), person.givenNames(),
                person.surnames(), born, passportNo(person.nationality()));
    }

    /** A brother or sister: the family name, other given names, a passport of the same series. */
    private LabelledPerson sibling(LabelledPerson person) {
        LabelledPerson other = person(person.nationality());
        while (other.givenNames().stream().anyMatch(person.givenNames()::contains)) {
            other = person(person.nationality());                 // parents do not give two children one name
        }
        String passport = person.passportNo();
        char last = passport.charAt(passport.length() - 1);
        String next = passport.substring(0, passport.length() - 1) + (char) (last == '9' ? '0' : last + 1);
        return new LabelledPerson(other.id(), other.nationality(), other.sex(), other.givenNames(), person.surnames(),
                person.birthDate().plusDays(random.nextInt(365 * 6) - 365 * 3), next);
    }

    private void recordsOf(LabelledPerson person) {
        long start = random.nextInt(1000) * 1000L;
        String request = "MOL-REQ-2026-" + String.format("%06d", ++requests);
        add(person, start, "MoL request", mol(person, person.passportNo(), request));
        if (chance(0.4)) {
            add(person, start + 5_000 + random.nextInt(25_000), "embassy record", embassy(person));
        }
        String approval = "MOI-APR-2026-" + String.format("%06d", requests);
        if (chance(0.85)) {
            add(person, start + 30_000 + random.nextInt(90_000), "border entry", border(person, person.passportNo(), approval));
        }
        if (chance(0.4)) {
            add(person, start + 300_000 + random.nextInt(400_000), "border exit", border(person, person.passportNo(), null));
        }
        if (chance(0.25)) {
            String renewed = passportNo(person.nationality());
            long when = start + 700_000 + random.nextInt(500_000);
            add(person, when, "renewal",
                    chance(0.5) ? border(person, renewed, null) : mol(person, renewed, "MOL-REQ-2027-" + String.format("%06d", requests)));
        }
    }

    /** MoL types the name by hand, given names first, in Latin and in Arabic script. */
    private PersonRecord mol(LabelledPerson person, String passportNo, String request) {
        List<String> given = new ArrayList<>(person.givenNames());
        if (given.size() > 1 && chance(0.05)) {
            given.remove(given.size() - 1);
        }
        String latin = (String.join(" ", given) + " " + person.surname()).strip();
        String typedArabic = chance(0.9) ? arabic.type(latin, random) : null;
        if (chance(0.12)) {
            latin = misspellings.typo(latin);
        }
        if (typedArabic != null && chance(0.04)) {
            latin = null;
        }
        return record(SourceKind.MOL, person, latin, typedArabic, typedBirthDate(person.birthDate(), 0.04, 0.03),
                passportNo, request);
    }

    /** The embassy keeps the surname first and its own spelling. */
    private PersonRecord embassy(LabelledPerson person) {
        String name = (person.surname() + (chance(0.5) ? ", " : " ") + person.given()).strip();
        if (chance(0.3)) {
            name = misspellings.variant(name);
        }
        if (chance(0.08)) {
            name = misspellings.typo(name);
        }
        String passport = chance(0.02) ? misspellings.typo(person.passportNo()) : person.passportNo();
        return record(SourceKind.EMBASSY, person, name, null, typedBirthDate(person.birthDate(), 0.01, 0.03), passport, null);
    }

    /** The MRZ: SURNAME<<GIVEN<NAMES cut at its 39th character; a person without surname has the given names there. */
    private PersonRecord border(LabelledPerson person, String passportNo, String approval) {
        String primary = person.surnames().isEmpty() ? person.given() : person.surname();
        String secondary = person.surnames().isEmpty() ? "" : person.given();
        String field = (primary.replace(' ', '<') + "<<" + secondary.replace(' ', '<'));
        if (field.length() > MRZ_NAME_FIELD) {
            field = field.substring(0, MRZ_NAME_FIELD);
        }
        String name = field.replace('<', ' ').replaceAll(" +", " ").strip();
        return record(SourceKind.BORDER, person, name, null, person.birthDate(), passportNo, approval);
    }

    private PersonRecord record(SourceKind source, LabelledPerson person, String latin, String arabicName,
                                LocalDate birthDate, String passportNo, String number) {
        CountryCode nationality = CountryCode.of(person.nationality());
        return new PersonRecord(source, latin, arabicName, birthDate, person.sex(), nationality,
                new PassportRef(nationality, PassportNo.of(passportNo)), number == null ? Set.of() : Set.of(number));
    }

    /** A date typed by hand: now and then one digit wrong, or day and month swapped where both could be months. */
    private LocalDate typedBirthDate(LocalDate born, double typo, double swap) {
        if (chance(swap) && born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
            return LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
        }
        if (chance(typo)) {
            LocalDate mistyped = switch (random.nextInt(3)) {
                case 0 -> born.getDayOfMonth() >= 28 ? born.minusDays(1)
                        : born.withDayOfMonth(born.getDayOfMonth() % 10 == 9 ? born.getDayOfMonth() - 1 : born.getDayOfMonth() + 1);
                case 1 -> born.getMonthValue() < 10 ? born.withMonth(born.getMonthValue() % 9 + 1) : born;
                default -> born.withYear(born.getYear() + (born.getYear() % 10 == 9 ? -1 : 1));
            };
            return mistyped;
        }
        return born;
    }

    private LocalDate birthDate() {
        return LocalDate.of(1972, 1, 1).plusDays(random.nextInt(365 * 32));
    }

    private String passportNo(String nationality) {
        String prefix = PASSPORT_PREFIX.get(nationality);
        return prefix + String.format("%07d", random.nextInt(10_000_000));
    }

    private void add(LabelledPerson person, long arrival, String description, PersonRecord record) {
        records.add(new LabelledRecord(person.id(), record, description, arrival));
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
