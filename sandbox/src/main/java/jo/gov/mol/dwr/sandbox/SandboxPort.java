package jo.gov.mol.dwr.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code server.port=0} (a random port, as tests ask for) into a free port chosen before the context starts;
 * and with it the broker's TCP port ({@code hub.broker.tcp-port}), which is also chosen freely when set to 0, so that
 * sandboxes started side by side (test contexts) never meet on the border's port.
 * <p>
 * Why: the hub calls the simulated MoI and MoL in this same process, and builds its SOAP clients with their URL
 * ({@code hub.moi.url=http://localhost:${server.port}/services/...}) before the web server starts, when
 * {@code local.server.port} does not exist yet. Knowing the port up front keeps one plain property for every reader
 * and needs no change in the hub. The port is free when chosen and taken a few seconds later by the server; if
 * another process took it in between, the start fails with "port in use" and a rerun picks another.
 */
class SandboxPort implements EnvironmentPostProcessor, Ordered {
    static final String SERVER_PORT = "server.port";
    static final String BROKER_PORT = "hub.broker.tcp-port";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> chosen = new HashMap<>();
        boolean randomServer = isZero(environment, SERVER_PORT);
        if (randomServer) {
            chosen.put(SERVER_PORT, freePort());
        }
        if (randomServer || isZero(environment, BROKER_PORT)) {
            chosen.put(BROKER_PORT, freePort());
        }
        if (!chosen.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("sandboxPort", chosen));
        }
    }

    private static boolean isZero(ConfigurableEnvironment environment, String property) {
        Integer port = environment.getProperty(property, Integer.class);
        return port != null && port == 0;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port for server.port=0", e);
        }
    }

    /** After the configuration files, the command line and a test's properties are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
