package jo.gov.mol.dwr.routes.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

import jakarta.servlet.http.HttpServletRequest;

/** A bearer token as presented ({@code Authorization: Bearer <token>}), not yet checked. */
final class BearerToken extends AbstractAuthenticationToken {
    private static final String SCHEME = "Bearer ";

    private final String token;

    private BearerToken(String token) {
        super(List.of());
        this.token = token;
    }

    /** Reads the token of a request; none (no header, another scheme) leaves the request unauthenticated. */
    static final AuthenticationConverter FROM_HEADER = BearerToken::of;

    private static BearerToken of(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? null : new BearerToken(token);
    }

    @Override
    public String getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return null;
    }
}
