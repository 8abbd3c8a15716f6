package jo.gov.mol.dwr.routes.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Signs in an embassy by its bearer token: a kept, unrevoked token gives the role of its embassy's channel
 * ({@code SYSTEM_EMBASSY_<ISO3>}); any other token is refused as a missing one is.
 */
final class EmbassyTokenAuthentication implements AuthenticationProvider {
    private final EmbassyTokens tokens;

    EmbassyTokenAuthentication(EmbassyTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication presented) {
        EmbassyTokens.Token token = tokens.find(((BearerToken) presented).getCredentials())
                .orElseThrow(() -> new BadCredentialsException("unknown or revoked token"));
        return UsernamePasswordAuthenticationToken.authenticated(token.account(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + token.role())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerToken.class.isAssignableFrom(authentication);
    }
}
