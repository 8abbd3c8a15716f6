package jo.gov.mol.dwr.routes.security;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * A fixed list of accounts from configuration. Deliberately not an {@code InMemoryUserDetailsManager}: that one is
 * also a password store Spring Security "upgrades" after each sign-in, re-encoding a {@code {noop}} password
 * with BCrypt, after which every request pays a BCrypt check.
 */
record Accounts(Map<String, UserDetails> byName) implements UserDetailsService {

    static <T> Accounts of(Map<String, T> configured, Function<T, String> password, Function<T, String[]> roles) {
        Map<String, UserDetails> users = new HashMap<>();
        configured.forEach((name, account) -> users.put(name,
                User.withUsername(name).password(password.apply(account)).roles(roles.apply(account)).build()));
        return new Accounts(Map.copyOf(users));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserDetails user = byName.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such account");
        }
        // a copy: the framework erases credentials of what it is given
        return User.withUserDetails(user).build();
    }
}
