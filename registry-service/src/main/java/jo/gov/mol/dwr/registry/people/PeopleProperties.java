package jo.gov.mol.dwr.registry.people;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The people who may sign in to the registry's API, from {@code dwr.people.<username>.password} (with its
 * encoder's prefix, {@code {bcrypt}...} or {@code {noop}...}) and {@code dwr.people.<username>.roles}.
 */
@ConfigurationProperties("dwr")
record PeopleProperties(Map<String, Person> people) {
    private static final Pattern ENCODED = Pattern.compile("\\{[^}]+}.+");

    PeopleProperties {
        people = people == null ? Map.of() : Map.copyOf(people);
        people.forEach((username, person) -> person.check(username));
    }

    /** Held by the API's own filter chain only, never a bean: other modules in the process have their own people. */
    InMemoryUserDetailsManager accounts() {
        List<UserDetails> accounts = people.entrySet().stream()
                .map(entry -> User.withUsername(entry.getKey())
                        .password(entry.getValue().password())
                        .roles(entry.getValue().roles().stream().map(Role::name).toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(accounts);
    }

    record Person(String password, List<Role> roles) {
        void check(String username) {
            if (password == null || !ENCODED.matcher(password).matches()) {
                throw new IllegalArgumentException("dwr.people." + username
                        + ".password must name its encoder, as {bcrypt}... or {noop}...");
            }
            if (roles == null || roles.isEmpty()) {
                throw new IllegalArgumentException("dwr.people." + username + ".roles must list one or more of "
                        + List.of(Role.values()));
            }
        }
    }
}
