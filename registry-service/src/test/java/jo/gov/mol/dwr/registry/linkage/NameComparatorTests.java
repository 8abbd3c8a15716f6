package jo.gov.mol.dwr.registry.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

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

    private String level(String a, String b) {
        int level = NameComparator.compare(tokens(a), tokens(b));
        return new NameComparator().levels().get(level);
    }

    private List<NameToken> tokens(String name) {
        return Arrays.stream(name.split(" ")).map(names::token).toList();
    }
}
