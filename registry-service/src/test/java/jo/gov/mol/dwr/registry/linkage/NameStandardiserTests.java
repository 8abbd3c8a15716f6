package jo.gov.mol.dwr.registry.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameStandardiserTests {

    private final NameStandardiser names = new NameStandardiser();

    @Test
    void readsMrzFillersAndPunctuationAsSpacesAndDropsAccents() {
        assertThat(names.latin("DELA<CRUZ<<MARÍA<CLARA").orElseThrow().text()).isEqualTo("DELA CRUZ MARIA CLARA");
        assertThat(names.latin("o'Brien-Dela Cruz, José").orElseThrow().text()).isEqualTo("O BRIEN DELA CRUZ JOSE");
    }

    @Test
    void transliteratesArabicScriptToLatinLetters() {
        assertThat(names.arabic("ماريا كلارا سانتوس ديلا كروز").orElseThrow().text()).isEqualTo("MARYA KLARA SANTWS DYLA KRWZ");
    }

    @Test
    void givesArabicAndLatinSpellingsOfOneNameTheSameSkeleton() {
        assertThat(names.arabic("كروز").orElseThrow().tokens().get(0).skeleton())
                .isEqualTo(names.token("CRUZ").skeleton());
        assertThat(names.arabic("أمينة").orElseThrow().tokens().get(0).skeleton())
                .isEqualTo(names.token("AMINA").skeleton());
    }

    @Test
    void marksJoiningWordsAsParticles() {
        assertThat(names.latin("SITI BINTI AHMAD").orElseThrow().tokens()).extracting(NameToken::particle)
                .containsExactly(false, true, false);
    }

    @Test
    void hasNoNameForBlankText() {
        assertThat(names.latin(" <<< ")).isEmpty();
        assertThat(names.arabic(null)).isEmpty();
    }
}
