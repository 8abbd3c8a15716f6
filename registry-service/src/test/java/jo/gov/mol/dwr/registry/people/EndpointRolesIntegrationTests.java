package jo.gov.mol.dwr.registry.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jo.gov.mol.dwr.registry.RegistryApiTest;
import jo.gov.mol.dwr.registry.People;

/**
 * Every endpoint of the registry's API against every role (interfaces.md 6): reads are open to AUDITOR, REGULATOR
 * and ADMIN except the administrators' lists; linkage decisions are the auditors', classification decisions the
 * regulators'. Ids that name nothing are
 * enough: a refused role is refused before anything is looked up, an allowed one gets an answer (often 404).
 */
@RegistryApiTest
class EndpointRolesIntegrationTests {
    private static final String BODY = "{\"to\": \"IN_REVIEW\", \"note\": \"checking roles\"}";

    enum Allowed { EVERY_ROLE, ADMIN, AUDITOR, REGULATOR }

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/workers", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.GET, "/api/workers/0", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.GET, "/api/workers/0/timeline", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.GET, "/api/messages/MOL/no-such-message", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.GET, "/api/linkage/reviews", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.GET, "/api/linkage/reviews/0", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.GET, "/api/linkage/links/0", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.GET, "/api/linkage/records/0/links", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.GET, "/api/offices", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.GET, "/api/offices/RO-0000", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.GET, "/api/admin/audit", Allowed.ADMIN),
                Arguments.of(HttpMethod.POST, "/api/admin/classification-runs", Allowed.ADMIN),
                Arguments.of(HttpMethod.GET, "/api/flags", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.GET, "/api/flags/0", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.GET, "/api/flags/rules", Allowed.EVERY_ROLE),
                Arguments.of(HttpMethod.POST, "/api/admin/sweep", Allowed.ADMIN),
                Arguments.of(HttpMethod.GET, "/api/admin/unmatched", Allowed.ADMIN),
                Arguments.of(HttpMethod.POST, "/api/linkage/reviews/0/confirm", Allowed.AUDITOR),
                Arguments.of(HttpMethod.POST, "/api/linkage/reviews/0/reject", Allowed.AUDITOR),
                Arguments.of(HttpMethod.POST, "/api/linkage/merges", Allowed.AUDITOR),
                Arguments.of(HttpMethod.POST, "/api/linkage/persons/0/separation", Allowed.AUDITOR),
                Arguments.of(HttpMethod.POST, "/api/linkage/records/0/split", Allowed.AUDITOR),
                Arguments.of(HttpMethod.POST, "/api/linkage/splits/0/undo", Allowed.AUDITOR),
                Arguments.of(HttpMethod.POST, "/api/offices/RO-0000/classifications/0/confirm", Allowed.REGULATOR),
                Arguments.of(HttpMethod.POST, "/api/offices/RO-0000/classifications/0/override", Allowed.REGULATOR),
                Arguments.of(HttpMethod.POST, "/api/offices/RO-0000/classifications/0/approve", Allowed.REGULATOR),
                Arguments.of(HttpMethod.POST, "/api/offices/RO-0000/classifications/0/reject", Allowed.REGULATOR),
                Arguments.of(HttpMethod.POST, "/api/flags/0/transitions", Allowed.AUDITOR));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("endpoints")
    void answersOnlyThePeopleWhoseRoleAllowsIt(HttpMethod method, String path, Allowed allowed) throws Exception {
        assertThat(status(method, path, UnaryOperator.identity())).as("nobody signed in").isEqualTo(401);
        assertThat(status(method, path, People::asIntruder)).as("an account of no role").isIn(401, 403);
        assertAnswered(status(method, path, People::asAudrey),
                allowed == Allowed.EVERY_ROLE || allowed == Allowed.AUDITOR, "auditor");
        assertAnswered(status(method, path, People::asRegina),
                allowed == Allowed.EVERY_ROLE || allowed == Allowed.REGULATOR, "regulator");
        assertAnswered(status(method, path, People::asRami), allowed != Allowed.AUDITOR, "admin and regulator");
    }

    private static void assertAnswered(int status, boolean allowed, String who) {
        if (allowed) {
            assertThat(status).as(who + " is let through").isNotIn(401, 403);
        } else {
            assertThat(status).as(who + " is refused").isEqualTo(403);
        }
    }

    private int status(HttpMethod method, String path, UnaryOperator<MockHttpServletRequestBuilder> signIn)
            throws Exception {
        MockHttpServletRequestBuilder request = request(method, path);
        if (method == HttpMethod.POST) {
            request.contentType(MediaType.APPLICATION_JSON).content(BODY);
        }
        return mvc.perform(signIn.apply(request)).andReturn().getResponse().getStatus();
    }
}
