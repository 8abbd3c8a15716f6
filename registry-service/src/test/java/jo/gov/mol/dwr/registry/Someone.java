package jo.gov.mol.dwr.registry;

import static jo.gov.mol.dwr.registry.CanonicalEvents.newLicenceNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newNationalId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Currency;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.EmbassyRecordTime;
import jo.gov.mol.dwr.mappings.canonical.Employer;
import jo.gov.mol.dwr.mappings.canonical.Money;
import jo.gov.mol.dwr.mappings.canonical.Occupation;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.canonical.TravellerIdentity;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;

/**
 * A person no other test (and no earlier run on a kept database) knows: two given names and a surname of random
 * syllables, each spelt alike in Arabic script, born on a random day between the 10th and the 18th (so that a
 * one-digit slip stays a valid date), a Filipino woman. Records about her, as each source writes her.
 */
public record Someone(List<String> givenNames, String surname, LocalDate birthDate) {
    private static final String[][] SYLLABLES = {
            {"KA", "كا"}, {"LI", "لي"}, {"MA", "ما"}, {"NO", "نو"}, {"RU", "رو"}, {"SA", "سا"}, {"TA", "تا"},
            {"BA", "با"}, {"DU", "دو"}, {"FA", "فا"}, {"RI", "ري"}, {"MU", "مو"}};
    public static final CountryCode PHL = CountryCode.of("PHL");

    public static Someone fresh() {
        return bornOn(LocalDate.of(random().nextInt(1970, 2004), random().nextInt(1, 13), random().nextInt(10, 18)));
    }

    public static Someone bornOn(LocalDate birthDate) {
        return new Someone(List.of(word(), word()), word(), birthDate);
    }

    /** Another person with the same name. */
    public Someone namesakeBornOn(LocalDate otherBirthDate) {
        return new Someone(givenNames, surname, otherBirthDate);
    }

    /** Her name with one given name fewer, as a passport's zone may leave it out. */
    public Someone withoutSecondGivenName() {
        return new Someone(givenNames.subList(0, 1), surname, birthDate);
    }

    /** A one-digit slip in the day of her birth. */
    public LocalDate birthDateMistyped() {
        return birthDate.plusDays(1);
    }

    public String fullName() {
        return String.join(" ", givenNames) + " " + surname;
    }

    /** Her name as a MoL clerk types it in Arabic script. */
    public String inArabic() {
        return Stream.concat(givenNames.stream(), Stream.of(surname)).map(Someone::arabic)
                .collect(Collectors.joining(" "));
    }

    public RecruitmentRequested requested(RequestId requestId, PassportRef passport) {
        return requested(requestId, passport, fullName(), inArabic());
    }

    public RecruitmentRequested requested(RequestId requestId, PassportRef passport, String nameLatin, String nameArabic) {
        return requested(requestId, passport, nameLatin, nameArabic, now().minusSeconds(60));
    }

    /** Her recruitment, requested at {@code requestedAt}. */
    public RecruitmentRequested requested(RequestId requestId, PassportRef passport, Instant requestedAt) {
        return requested(requestId, passport, fullName(), inArabic(), requestedAt);
    }

    private RecruitmentRequested requested(RequestId requestId, PassportRef passport, String nameLatin,
                                           String nameArabic, Instant requestedAt) {
        WorkerIdentity worker = new WorkerIdentity(passport, PHL, nameLatin, nameArabic, birthDate, Sex.F);
        return new RecruitmentRequested(requestId, newLicenceNo(), new Employer(newNationalId(), "KHALED AL-MASRI",
                "AMMAN"), worker, Occupation.HOUSEKEEPER, new Money(new BigDecimal("400"), Currency.USD), 24,
                requestedAt);
    }

    /** She enters at the airport, the zone cutting her given names at {@code givenNamesAsRead}. */
    public BorderCrossed crossed(PassportRef passport, String givenNamesAsRead, LocalDate birthDateAsRead) {
        TravellerIdentity traveller = new TravellerIdentity(passport, PHL, surname, givenNamesAsRead, birthDateAsRead,
                Sex.F, LocalDate.now().plusYears(5));
        return CanonicalEvents.borderCrossed(traveller, Direction.ENTRY, now().minusSeconds(3600), null);
    }

    public BorderCrossed crossed(PassportRef passport) {
        return crossed(passport, String.join(" ", givenNames), birthDate);
    }

    /** She crosses at {@code occurredAt}, on the approval {@code visaRef} (null: none). */
    public BorderCrossed crossed(PassportRef passport, Direction direction, Instant occurredAt, ApprovalNo visaRef) {
        TravellerIdentity traveller = new TravellerIdentity(passport, PHL, surname, String.join(" ", givenNames),
                birthDate, Sex.F, LocalDate.now().plusYears(5));
        return CanonicalEvents.borderCrossed(traveller, direction, occurredAt, visaRef);
    }

    /** Her embassy attests her contract, writing her name surname first, with a comma. */
    public ContractAttested attested(Reference reference, PassportRef passport, LocalDate birthDateAsWritten) {
        return attested(reference, passport, birthDateAsWritten, now().minusSeconds(600));
    }

    public ContractAttested attested(Reference reference, PassportRef passport, LocalDate birthDateAsWritten,
                                     Instant attestedAt) {
        return new ContractAttested(PHL, reference, EmbassyRecordTime.at(attestedAt),
                embassyWrites(passport, birthDateAsWritten), newLicenceNo(), newNationalId(),
                new Money(new BigDecimal("400"), Currency.USD), AttestationStatus.ATTESTED, null);
    }

    public WelfareCaseRecorded welfareCase(Reference reference, PassportRef passport, LocalDate birthDateAsWritten) {
        return new WelfareCaseRecorded(PHL, reference, EmbassyRecordTime.at(now().minusSeconds(300)),
                embassyWrites(passport, birthDateAsWritten), null, null, WelfareCategory.SHELTER_ADMISSION,
                "admitted to the embassy's shelter");
    }

    private WorkerIdentity embassyWrites(PassportRef passport, LocalDate birthDateAsWritten) {
        return new WorkerIdentity(passport, PHL, surname + ", " + String.join(" ", givenNames), null,
                birthDateAsWritten, Sex.F);
    }

    private static String word() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            word.append(SYLLABLES[random().nextInt(SYLLABLES.length)][0]);
        }
        return word.toString();
    }

    private static String arabic(String word) {
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < word.length(); i += 2) {
            String syllable = word.substring(i, i + 2);
            for (String[] spelling : SYLLABLES) {
                if (spelling[0].equals(syllable)) {
                    letters.add(spelling[1]);
                }
            }
        }
        return String.join("", letters);
    }

    private static ThreadLocalRandom random() {
        return ThreadLocalRandom.current();
    }
}
