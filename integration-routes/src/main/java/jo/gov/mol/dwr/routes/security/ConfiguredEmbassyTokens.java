package jo.gov.mol.dwr.routes.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Embassy tokens given in configuration ({@code hub.embassies.tokens.<ISO3>=<token>[,<token>…]}), for the sandbox and
 * tests, kept (hashed) at start when absent. In production tokens are issued through the administration API instead.
 */
@ConfigurationProperties("hub.embassies")
record ConfiguredEmbassyTokens(Map<String, List<String>> tokens) {
    /** Shorter tokens could be guessed; issued ones have 43 characters. */
    static final int MIN_LENGTH = 16;

    ConfiguredEmbassyTokens {
        tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
    }

    /** Keeps the configured tokens once the hub's tables exist, before any request is taken. */
    @Component
    static class Loader implements SmartInitializingSingleton {
        private final ConfiguredEmbassyTokens configured;
        private final EmbassyTokens tokens;

        Loader(ConfiguredEmbassyTokens configured, EmbassyTokens tokens) {
            this.configured = configured;
            this.tokens = tokens;
        }

        @Override
        public void afterSingletonsInstantiated() {
            configured.tokens().forEach((code, list) -> {
                String embassy = code.toUpperCase(Locale.ROOT);
                if (EmbassyTokens.embassy(embassy).isEmpty()) {
                    throw new IllegalStateException("hub.embassies.tokens." + code + ": no embassy channel " + embassy);
                }
                for (String token : list) {
                    if (token.strip().length() < MIN_LENGTH) {
                        throw new IllegalStateException("hub.embassies.tokens." + code + ": a token needs at least "
                                + MIN_LENGTH + " characters");
                    }
                    tokens.keepConfigured(embassy, token.strip());
                }
            });
        }
    }
}
