package jo.gov.mol.dwr.registry.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import jo.gov.mol.dwr.registry.RegistryModule;

/**
 * The registry on its own (production runs it apart from the hub, decisions.md). It lives in a package of its own,
 * so that its component scan finds only itself; {@link RegistryModule} brings the rest and never scans this class.
 */
@SpringBootApplication
@Import(RegistryModule.class)
public class RegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegistryApplication.class, args);
    }
}
