package jo.gov.mol.dwr.routes.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class RememberingPasswordEncoderTests {
    private final CountingEncoder bcrypt = new CountingEncoder();
    private final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(bcrypt);
    private final String stored = bcrypt.encode("mol-secret");

    @Test
    void checksAMatchingPasswordWithTheSlowEncoderOnlyOnce() {
        assertThat(encoder.matches("mol-secret", stored)).isTrue();
        assertThat(encoder.matches("mol-secret", stored)).isTrue();
        assertThat(encoder.matches("mol-secret", stored)).isTrue();

        assertThat(bcrypt.checks).isEqualTo(1);
    }

    @Test
    void neverRemembersAWrongPassword() {
        assertThat(encoder.matches("wrong", stored)).isFalse();
        assertThat(encoder.matches("wrong", stored)).isFalse();

        assertThat(bcrypt.checks).isEqualTo(2);
    }

    @Test
    void checksAgainWhenTheStoredHashChanges() {
        encoder.matches("mol-secret", stored);

        assertThat(encoder.matches("mol-secret", bcrypt.encode("other-secret"))).isFalse();
    }

    @Test
    void neverAsksForAnUpgradeOfTheStoredEncoding() {
        assertThat(encoder.upgradeEncoding("{noop}mol-secret")).isFalse();
    }

    private static final class CountingEncoder extends BCryptPasswordEncoder {
        int checks;

        CountingEncoder() {
            super(4);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks++;
            return super.matches(raw, encoded);
        }
    }
}
