package jo.gov.mol.dwr.registry.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PeoplePropertiesTests {

    @Test
    void refusesAPasswordThatDoesNotNameItsEncoder() {
        assertThatThrownBy(() -> people("alice", new PeopleProperties.Person("secret", List.of(Role.ADMIN))))
                .hasMessageContaining("dwr.people.alice.password");
    }

    @Test
    void refusesAPersonWithoutRoles() {
        assertThatThrownBy(() -> people("alice", new PeopleProperties.Person("{noop}secret", List.of())))
                .hasMessageContaining("dwr.people.alice.roles");
    }

    @Test
    void givesEachPersonTheirRoles() {
        PeopleProperties people = people("alice",
                new PeopleProperties.Person("{noop}secret", List.of(Role.REGULATOR, Role.ADMIN)));

        assertThat(people.accounts().loadUserByUsername("alice").getAuthorities())
                .extracting(Object::toString).containsExactlyInAnyOrder("ROLE_REGULATOR", "ROLE_ADMIN");
    }

    private static PeopleProperties people(String username, PeopleProperties.Person person) {
        return new PeopleProperties(Map.of(username, person));
    }
}
