package jo.gov.mol.dwr.registry.linkage;

import static jo.gov.mol.dwr.registry.linkage.PersonRecords.border;
import static jo.gov.mol.dwr.registry.linkage.PersonRecords.embassy;
import static jo.gov.mol.dwr.registry.linkage.PersonRecords.mol;
import static jo.gov.mol.dwr.registry.linkage.PersonRecords.standardised;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One test per linkage case the registry meets, against the default weights and thresholds. */
class PersonLinkageTests {

    private static final LinkageProperties DEFAULTS = new LinkageProperties(19, 9);
    private final PersonLinkage linkage = PersonLinkage.withDefaultWeights(DEFAULTS.thresholds());

    private final PersonRecord maria = mol("MARIA CLARA SANTOS DELA CRUZ", "ماريا كلارا سانتوس ديلا كروز",
            "1994-07-15", "P1234567A", "MOL-REQ-2026-000123");

    @Test
    void linksTheSamePassportAndBirthDateWithoutWeighing() {
        LinkOutcome outcome = link(border("DELA CRUZ", "MARIA CLARA SANTOS", "1994-07-15", "P1234567A"), maria);

        assertThat(outcome.decision()).isEqualTo(Decision.LINK);
        assertThat(outcome.basis()).isEqualTo(LinkOutcome.Basis.PASSPORT_AND_BIRTH_DATE);
        assertThat(outcome.personId()).contains("maria");
    }

    /**
     * A renewal changes only the passport number. The whole name and the birth date agreeing outweigh the new number
     * (about +11 and +13 bits against -3; 24 in all, the upper threshold being 19): among workers of one nationality
     * born on one day, the same full name is rare enough to link without a person's eye.
     */
    @Test
    void linksARenewedPassportBySameNamesAndBirthDate() {
        LinkOutcome outcome = link(border("DELA CRUZ", "MARIA CLARA SANTOS", "1994-07-15", "P9876543B"), maria);

        assertThat(outcome.decision()).isEqualTo(Decision.LINK);
        assertThat(outcome.basis()).isEqualTo(LinkOutcome.Basis.WEIGHT);
        assertThat(weight(outcome, "passport")).isNegative();
        assertThat(level(outcome, "name")).isEqualTo("EXACT");
    }

    @Test
    void linksANameTheMrzTruncatedOnARenewedPassport() {
        LinkOutcome outcome = link(border("DELA CRUZ", "MARIA CLARA SAN", "1994-07-15", "P9876543B"), maria);

        assertThat(level(outcome, "name")).isEqualTo("VARIANT");
        assertThat(outcome.decision()).isEqualTo(Decision.LINK);
    }

    /** A dropped given name on a new passport is a namesake as often as a renewal: a person decides. */
    @Test
    void reviewsAGivenNameTheMrzDroppedOnARenewedPassport() {
        LinkOutcome outcome = link(border("DELA CRUZ", "MARIA CLARA", "1994-07-15", "P9876543B"), maria);

        assertThat(level(outcome, "name")).isEqualTo("MISSING_TOKEN");
        assertThat(outcome.decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void linksAGivenNameTheMrzDroppedOnTheSamePassport() {
        LinkOutcome outcome = link(border("DELA CRUZ", "MARIA CLARA", "1994-07-16", "P1234567A"), maria);

        assertThat(level(outcome, "name")).isEqualTo("MISSING_TOKEN");
        assertThat(outcome.decision()).isEqualTo(Decision.LINK);
    }

    /** A one-word name says too little to carry a new passport number alone. */
    @Test
    void reviewsARenewedPassportOfAOneWordName() {
        LinkOutcome outcome = link(border("SUSILAWATI", "", "1978-11-25", "C6840316"),
                mol("SUSILAWATI", null, "1978-11-25", "C0533751"));

        assertThat(level(outcome, "name")).isEqualTo("ONE_TOKEN");
        assertThat(outcome.decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void linksANameInAnotherOrder() {
        LinkOutcome outcome = link(embassy("SANTOS, MARIA CLARA DELA CRUZ", "1994-07-15", "P 123-4567A"), maria);

        assertThat(level(outcome, "name")).isEqualTo("EXACT");
        assertThat(outcome.decision()).isEqualTo(Decision.LINK);
    }

    @Test
    void linksALatinNameToTheSameNameTypedInArabic() {
        PersonRecord arabicOnly = mol(null, "ماريا كلارا سانتوس ديلا كروز", "1994-07-15", "P1234567A");

        LinkOutcome outcome = link(border("DELA CRUZ", "MARIA CLARA SANTOS", "1994-07-15", "P9876543B"), arabicOnly);

        assertThat(level(outcome, "name")).isEqualTo("VARIANT");
        assertThat(outcome.decision()).isEqualTo(Decision.LINK);
    }

    @Test
    void linksTheSamePassportDespiteAOneDigitBirthDateTypo() {
        LinkOutcome outcome = link(border("DELA CRUZ", "MARIA CLARA SANTOS", "1994-07-16", "P1234567A"), maria);

        assertThat(level(outcome, "birthDate")).isEqualTo("ONE_DIGIT");
        assertThat(outcome.basis()).isEqualTo(LinkOutcome.Basis.WEIGHT);
        assertThat(outcome.decision()).isEqualTo(Decision.LINK);
    }

    @Test
    void linksTheSamePassportWithDayAndMonthSwapped() {
        LinkOutcome outcome = link(embassy("MARIA CLARA SANTOS DELA CRUZ", "1994-03-07", "P1234567A"),
                mol("MARIA CLARA SANTOS DELA CRUZ", null, "1994-07-03", "P1234567A"));

        assertThat(level(outcome, "birthDate")).isEqualTo("DAY_MONTH_SWAPPED");
        assertThat(outcome.decision()).isEqualTo(Decision.LINK);
    }

    /** A birth-date typo and a new passport together leave too little to link alone: a person decides. */
    @Test
    void reviewsARenewedPassportWithABirthDateTypo() {
        LinkOutcome outcome = link(border("DELA CRUZ", "MARIA CLARA SANTOS", "1994-07-16", "P9876543B"), maria);

        assertThat(outcome.decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void keepsTwoPeopleWithACommonNameBornInTheSameYearApart() {
        LinkOutcome outcome = link(mol("MARIA SANTOS", null, "1994-02-21", "P5550001C"),
                mol("MARIA SANTOS", null, "1994-10-03", "P1234567A"));

        assertThat(outcome.decision()).isEqualTo(Decision.NEW);
    }

    @Test
    void keepsSiblingsWithOneSurnameAndNeighbouringPassportsApart() {
        LinkOutcome outcome = link(mol("JOY SANTOS DELA CRUZ", null, "1996-01-20", "P1234568A"), maria);

        assertThat(level(outcome, "name")).isEqualTo("PARTIAL");
        assertThat(outcome.decision()).isEqualTo(Decision.NEW);
    }

    /** Twins: one birth date, one family name, passports of one series; only their given names differ. */
    @Test
    void sendsTwinsWithNeighbouringPassportsToReviewRatherThanLinkingThem() {
        LinkOutcome outcome = link(mol("JOY ANN SANTOS DELA CRUZ", null, "1994-07-15", "P1234568A"), maria);

        assertThat(outcome.decision()).isEqualTo(Decision.REVIEW);
        assertThat(outcome.basis()).isEqualTo(LinkOutcome.Basis.NAMES_DISAGREE);
    }

    /** decisions.md: someone entering on another person's approval must stay another person. */
    @Test
    void neverLinksOnASharedApprovalNumberAlone() {
        LinkOutcome outcome = link(border("BAKER", "ROSE ANN", "1988-12-01", "P7777777Z", "MOI-APR-2026-000456"),
                mol("MARIA CLARA SANTOS DELA CRUZ", null, "1994-07-15", "P1234567A", "MOI-APR-2026-000456"));

        assertThat(level(outcome, "businessNumber")).isEqualTo("SHARED");
        assertThat(outcome.decision()).isEqualTo(Decision.NEW);
    }

    @Test
    void reviewsARecordWhosePassportAndBirthDateTwoPersonsHold() {
        StandardisedPerson crossing = standardised(border("DELA CRUZ", "MARIA CLARA SANTOS", "1994-07-15", "P1234567A"));

        LinkOutcome outcome = linkage.link(crossing, List.of(
                new Candidate("maria", standardised(maria)), new Candidate("other", standardised(maria))));

        assertThat(outcome.decision()).isEqualTo(Decision.REVIEW);
        assertThat(outcome.basis()).isEqualTo(LinkOutcome.Basis.AMBIGUOUS);
    }

    @Test
    void explainsALinkFieldByFieldWithWeightsThatAddUpToTheTotal() {
        LinkOutcome outcome = link(border("DELA CRUZ", "MARIA CLARA SANTOS", "1994-07-15", "P9876543B"), maria);

        Score score = outcome.best().orElseThrow().score();
        assertThat(score.fields()).extracting(FieldWeight::field)
                .containsExactly("name", "birthDate", "sex", "nationality", "passport", "businessNumber");
        assertThat(score.field("businessNumber").level()).isEqualTo("MISSING");
        assertThat(score.fields().stream().mapToDouble(FieldWeight::weight).sum()).isCloseTo(score.total(),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    private LinkOutcome link(PersonRecord incoming, PersonRecord known) {
        return linkage.link(standardised(incoming), List.of(new Candidate("maria", standardised(known))));
    }

    private static String level(LinkOutcome outcome, String field) {
        return outcome.best().orElseThrow().score().field(field).level();
    }

    private static double weight(LinkOutcome outcome, String field) {
        return outcome.best().orElseThrow().score().field(field).weight();
    }
}
