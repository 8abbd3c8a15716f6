package jo.gov.mol.dwr.registry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

import jo.gov.mol.dwr.registry.app.RegistryApplication;

/**
 * A test of the registry's API through the real security chain: the registry on its own, with a {@code MockMvc}
 * to inject that passes every request through the filters (sign-in, roles). Every such test shares one context.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = RegistryApplication.class)
@AutoConfigureMockMvc
public @interface RegistryApiTest {
}
