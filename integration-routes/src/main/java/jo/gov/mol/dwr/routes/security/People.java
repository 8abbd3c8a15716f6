package jo.gov.mol.dwr.routes.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The people who sign in to the hub's part of the API ({@code dwr.people.<username>.password} and
 * {@code .roles}: AUDITOR, REGULATOR, ADMIN), the same people as the registry's. Never an outside system.
 */
@ConfigurationProperties("dwr")
public record People(Map<String, Person> people) {
    public record Person(String password, List<String> roles) {
    }

    public People {
        people = people == null ? Map.of() : Map.copyOf(people);
    }

    UserDetailsService userDetailsService() {
        return Accounts.of(people, Person::password,
                person -> person.roles() == null ? new String[0] : person.roles().toArray(String[]::new));
    }
}
