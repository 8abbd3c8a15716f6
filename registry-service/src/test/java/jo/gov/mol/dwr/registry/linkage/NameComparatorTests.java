package jo.gov.mol.dwr.registry.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameComparatorTests {

    private final NameStandardiser names = new NameStandardiser();

    @Test
    void sameTokensInAnyOrderAreExact() {
        assertThat(level("MARIA CLARA SANTOS DELA CRUZ", "DELA CRUZ MARIA CLARA SANTOS")).isEqualTo("EXACT");
    }

    @Test
    void truncatedMistypedOrRespeltTokensAreAVariant() {
        assertThat(level("MARIA CLARA SANTOS", "MARIA CLARA SANT")).isEqualTo("VARIANT");
        assertThat(level("SITI NURHAYATI", "SITI NURHAYTI")).isEqualTo("VARIANT");
        assertThat(level("MOHAMMED ALI", "MUHAMAD ALI")).isEqualTo("VARIANT");
    }

    @Test
    void aTokenOnOneSideOnlyIsAMissingToken() {
        assertThat(level("MARIA CLARA SANTOS DELA CRUZ", "MARIA DELA CRUZ")).isEqualTo("MISSING_TOKEN");
    }

    @Test
    void aMissingParticleChangesNothing() {
        assertThat(level("MARIA SANTOS DELA CRUZ", "MARIA SANTOS CRUZ")).isEqualTo("EXACT");
    }

    @Test
    void aSharedSurnameWithOtherGivenNamesIsPartial() {
        assertThat(level("MARIA CLARA SANTOS", "JOY ANN SANTOS")).isEqualTo("PARTIAL");
    }

    @Test
    void noSharedTokenIsDifferent() {
        assertThat(level("MARIA CLARA SANTOS", "GRACE WANJIKU")).isEqualTo("DIFFERENT");
    }

    @Test
    void aNameCutByTheMrzMeetsNoOtherNameByItsConsonantsAlone() {
        // PROSSY cut to PRO in the zone: B and P, R, are the consonants Arabic would write for BABIRYE too
        assertThat(level("NABUKENYA NALUBEGA NAMUKASA NAKATO PRO", "NABUKENYA BABIRYE")).isEqualTo("PARTIAL");
    }

    @Test
    void aNameInArabicScriptMeetsItsLatinSpellingByItsConsonants() {
        NameForm arabic = names.arabic("كلارا بوتيستا").orElseThrow();

        assertThat(NameComparator.compare(arabic, names.latin("CLARA BAUTISTA").orElseThrow())).isEqualTo(NameComparator.VARIANT);
        assertThat(NameComparator.compare(arabic, names.latin("CLARA BAUTISTA").orElseThrow()))
                .isEqualTo(NameComparator.compare(names.latin("CLARA BAUTISTA").orElseThrow(), arabic));
    }

    private String level(String a, String b) {
        int level = NameComparator.compare(names.latin(a).orElseThrow(), names.latin(b).orElseThrow());
        return new NameComparator().levels().get(level);
    }
}
