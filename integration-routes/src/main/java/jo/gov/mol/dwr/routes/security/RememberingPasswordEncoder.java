package jo.gov.mol.dwr.routes.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.crypto.password.PasswordEncoder;

import jo.gov.mol.dwr.mappings.canonical.EventCodec;

/**
 * Checks a password once with the slow encoder (BCrypt costs tens of milliseconds by design) and remembers that
 * this password matched this stored hash, so that an outside system sending thousands of messages with HTTP
 * Basic pays the cost once, not per message. Only a SHA-256 of the presented password is remembered, next to
 * the stored hash it matched; a changed stored hash is a new pair and is checked again.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {
    private static final int MAX_REMEMBERED = 1_000;

    private final PasswordEncoder slow;
    private final Map<String, Boolean> matched = new ConcurrentHashMap<>();

    RememberingPasswordEncoder(PasswordEncoder slow) {
        this.slow = slow;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return slow.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String pair = encodedPassword + '\n' + EventCodec.sha256(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        if (matched.containsKey(pair)) {
            return true;
        }
        boolean matches = slow.matches(rawPassword, encodedPassword);
        if (matches) {
            if (matched.size() >= MAX_REMEMBERED) {
                matched.clear();
            }
            matched.put(pair, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return false;
    }
}
