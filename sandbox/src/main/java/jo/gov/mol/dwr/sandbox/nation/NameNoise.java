package jo.gov.mol.dwr.sandbox.nation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import jo.gov.mol.dwr.sandbox.border.Mrz;
import jo.gov.mol.dwr.sandbox.mol.MolNames;
import jo.gov.mol.dwr.sandbox.mol.MolNames.Name;
import jo.gov.mol.dwr.sandbox.mol.MolNames.PersonName;

/**
 * How the nation's names make the registry's task harder, beyond a clerk's slip: some persons have names too long
 * for their passport's machine readable zone, which the border then reads cut; some MoL clerks type the family name
 * first. Drawn from the seed apart from the nation itself, so that the nation's other draws stay the same with or
 * without it. A long name is who the person is: every system writes it, each as it does.
 */
final class NameNoise {
    private final Random random;
    private final Noise noise;

    NameNoise(NationSettings settings) {
        this.random = new Random(settings.seed() ^ 0x6e616d6573L);
        this.noise = settings.noise();
    }

    /**
     * The name drawn, or for a share of persons a long one of their country: a family name that runs long and as
     * many more given names as it takes not to fit the zone's 39 positions (then more family names, should the
     * country's given names run out first).
     */
    PersonName named(PersonName drawn, String nationality, boolean woman) {
        if (random.nextDouble() >= noise.longNameShare()) {
            return drawn;
        }
        Name family = MolNames.pick(random, MolNames.longFamilyNames(nationality));
        Name given = drawn.given();
        List<Name> moreGiven = unused(MolNames.givenNames(nationality, woman), given);
        List<Name> moreFamily = unused(MolNames.familyNames(nationality), family);
        while (!Mrz.cuts(family.en(), given.en())) {
            if (!moreGiven.isEmpty()) {
                given = given.then(moreGiven.remove(0));
            } else {
                family = family.then(moreFamily.remove(0));
            }
        }
        return new PersonName(given, family);
    }

    /** The whole name as MoL's clerk types it: given names first, or for a share of requests the family name first. */
    Name typedByMol(PersonName name) {
        return random.nextDouble() < noise.surnameFirstShare() ? name.surname().then(name.given()) : name.full();
    }

    /** How many of the nation's persons have names too long for their passport's zone. */
    static long cutByTheMrz(Nation nation) {
        return nation.journeys().stream().map(Journey::person).distinct()
                .filter(person -> Mrz.cuts(person.surname(), person.givenNames())).count();
    }

    /** How many of MoL's requests give the family name first (a typo in it aside). */
    static long typedFamilyNameFirst(Nation nation) {
        return requests(nation).filter(typed -> firstWord(typed.request().nameEn()).equals(firstWord(typed.person().surname()))
                && !firstWord(typed.person().surname()).equals(firstWord(typed.person().givenNames()))).count();
    }

    /** How many of MoL's requests give the name neither way round as it is: the clerk's slip. */
    static long mistyped(Nation nation) {
        return requests(nation).filter(typed -> !typed.request().nameEn().equals(typed.person().name().full().en())
                && !typed.request().nameEn().equals(typed.person().name().surname().then(typed.person().name().given()).en()))
                .count();
    }

    private record Typed(Person person, Step.Requested request) {
    }

    private static Stream<Typed> requests(Nation nation) {
        return nation.journeys().stream().flatMap(j -> j.steps(Step.Requested.class).stream().map(r -> new Typed(j.person(), r)));
    }

    private static String firstWord(String name) {
        return name.split(" ", 2)[0];
    }

    /** The names not yet part of {@code name}, in a drawn order. */
    private List<Name> unused(List<Name> names, Name name) {
        List<String> words = Arrays.asList(name.en().split(" "));
        List<Name> unused = new ArrayList<>(names.stream().filter(n -> !words.contains(n.en())).toList());
        Collections.shuffle(unused, random);
        return unused;
    }
}
