package jo.gov.mol.dwr.sandbox.nation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.border.mrz.Td3Mrz;
import jo.gov.mol.dwr.sandbox.border.Mrz;
import jo.gov.mol.dwr.sandbox.border.Passport;

class NameNoiseTests {
    private static final NationSettings SETTINGS = NationSettings.of(42, 400, 12);

    @Test
    void givesAboutItsShareOfPersonsANameTheMrzCuts() {
        Nation nation = Nation.draw(SETTINGS.withNoise(names(0.3, 0)));

        List<Person> persons = nation.journeys().stream().map(Journey::person).toList();
        long cut = persons.stream().filter(p -> Mrz.cuts(p.surname(), p.givenNames())).count();

        assertThat(cut).isEqualTo(NameNoise.cutByTheMrz(nation)).isBetween(persons.size() * 20L / 100, persons.size() * 40L / 100);
        assertThat(NameNoise.cutByTheMrz(Nation.draw(SETTINGS.withNoise(Noise.none())))).isZero();
    }

    @Test
    void cutsTheLongNamesInEveryPassportTheBorderReads() {
        Nation nation = Nation.draw(SETTINGS.withNoise(names(0.3, 0)));

        List<Step.Crossed> ofLongNames = nation.journeys().stream()
                .filter(j -> Mrz.cuts(j.person().surname(), j.person().givenNames()))
                .flatMap(j -> j.steps(Step.Crossed.class).stream()).toList();

        assertThat(ofLongNames).isNotEmpty().allSatisfy(crossing -> {
            Passport passport = crossing.passport();
            Mrz mrz = passport.mrz();
            Td3Mrz read = Td3Mrz.parse(mrz.line1(), mrz.line2(), crossing.date());
            String whole = (passport.surname() + " " + passport.givenNames()).replace('-', ' ');
            String asRead = read.primaryIdentifier() + " " + read.secondaryIdentifier();
            assertThat(asRead.length()).isLessThan(whole.length());
            assertThat(whole).startsWith(asRead);
        });
    }

    @Test
    void writesLongNamesAsTheirCountryDoes() {
        Nation nation = Nation.draw(SETTINGS.withNoise(names(0.3, 0)));

        List<Person> long_ = nation.journeys().stream().map(Journey::person)
                .filter(p -> Mrz.cuts(p.surname(), p.givenNames())).toList();

        assertThat(long_).filteredOn(p -> p.nationality().equals("LKA")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.surname()).matches(".* (MUDIYANSELAGE|ARACHCHIGE|KANKANAMGE)( .*)?"));
        assertThat(long_).allSatisfy(p -> {
            assertThat(p.name().full().en()).matches("[A-Z][A-Z -]+");
            assertThat(p.name().full().ar()).matches("[\\p{IsArabic} ]+");
        });
    }

    @Test
    void leavesTheRestOfTheNationAsItWas() {
        Nation tidy = Nation.draw(SETTINGS.withNoise(Noise.none()));
        Nation untidy = Nation.draw(SETTINGS.withNoise(names(0.3, 0.5)));

        assertThat(untidy.journeys()).hasSameSizeAs(tidy.journeys());
        for (int i = 0; i < tidy.journeys().size(); i++) {
            Journey before = tidy.journeys().get(i);
            Journey after = untidy.journeys().get(i);
            assertThat(after.person().birthDate()).isEqualTo(before.person().birthDate());
            assertThat(after.person().name().given().en()).startsWith(before.person().name().given().en());
            assertThat(after.steps().stream().map(Step::recordId).toList())
                    .isEqualTo(before.steps().stream().map(Step::recordId).toList());
        }
    }

    @Test
    void hasAboutItsShareOfMolRequestsTypedFamilyNameFirstInBothScripts() {
        Nation nation = Nation.draw(SETTINGS.withNoise(names(0, 0.3)));

        List<Step.Requested> requests = nation.steps().stream().filter(Step.Requested.class::isInstance)
                .map(Step.Requested.class::cast).toList();
        long familyNameFirst = nation.journeys().stream().filter(j -> j.first(Step.Requested.class)
                .filter(r -> r.nameEn().equals(j.person().name().surname().then(j.person().name().given()).en())
                        && r.nameAr().equals(j.person().name().surname().then(j.person().name().given()).ar()))
                .isPresent()).count();

        assertThat(familyNameFirst).isBetween(requests.size() * 20L / 100, requests.size() * 40L / 100);
        assertThat(NameNoise.typedFamilyNameFirst(nation)).isBetween(familyNameFirst - 5, familyNameFirst);
        assertThat(NameNoise.typedFamilyNameFirst(Nation.draw(SETTINGS.withNoise(Noise.none())))).isZero();
    }

    private static Noise names(double longNameShare, double surnameFirstShare) {
        return new Noise(0, 0, 0, 0, 0, 0, longNameShare, surnameFirstShare, 0, 0, 0, 0, 0);
    }
}
