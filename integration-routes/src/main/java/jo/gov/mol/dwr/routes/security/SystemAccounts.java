package jo.gov.mol.dwr.routes.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.core.userdetails.UserDetailsService;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * The outside systems' accounts ({@code hub.accounts.<username>.password} and {@code .system}). Passwords carry
 * their encoding: {@code {bcrypt}...} in production, {@code {noop}...} in the sandbox. An account belongs to one
 * system and may submit only that system's messages.
 */
@ConfigurationProperties("hub")
public record SystemAccounts(Map<String, Account> accounts) {
    public record Account(String password, SourceSystem system) {
    }

    public SystemAccounts {
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
    }

    UserDetailsService userDetailsService() {
        return Accounts.of(accounts, Account::password, account -> new String[] {Channel.roleOf(account.system())});
    }
}
