package jo.gov.mol.dwr.registry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The tests' people (application.properties): audrey, an auditor; regina, a regulator; rami, a regulator and admin;
 * and intruder, an account of the process that is not one of the registry's people.
 */
public final class People {
    private People() {
    }

    public static MockHttpServletRequestBuilder asAudrey(MockHttpServletRequestBuilder request) {
        return as("audrey", "audrey-secret", request);
    }

    public static MockHttpServletRequestBuilder asRegina(MockHttpServletRequestBuilder request) {
        return as("regina", "regina-secret", request);
    }

    public static MockHttpServletRequestBuilder asRami(MockHttpServletRequestBuilder request) {
        return as("rami", "rami-secret", request);
    }

    public static MockHttpServletRequestBuilder asIntruder(MockHttpServletRequestBuilder request) {
        return as("intruder", "intruder-secret", request);
    }

    private static MockHttpServletRequestBuilder as(String username, String password,
                                                    MockHttpServletRequestBuilder request) {
        String credentials = Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request.header(HttpHeaders.AUTHORIZATION, "Basic " + credentials);
    }
}
