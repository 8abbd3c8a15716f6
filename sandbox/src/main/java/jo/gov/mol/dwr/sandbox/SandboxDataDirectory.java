package jo.gov.mol.dwr.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Prepares {@code sandbox.data-dir} before anything opens it (the broker journal, the hub's and the registry's
 * databases): pins it to one absolute path, so that every property built on it names the same place, and with
 * {@code sandbox.fresh=true} empties it, so that the demonstration starts clean.
 * <p>
 * It deletes only a directory it made itself (one holding the {@value #MARKER} file) or an empty one, so that a
 * mistyped path never costs anyone their files. It reads the environment as it stands before the context starts:
 * set the directory on the command line, in properties files or in {@code @SpringBootTest(properties = ...)}, not
 * through {@code @DynamicPropertySource}, which is applied later.
 */
class SandboxDataDirectory implements EnvironmentPostProcessor, Ordered {
    static final String DATA_DIR = "sandbox.data-dir";
    static final String FRESH = "sandbox.fresh";
    static final String MARKER = ".sandbox-data";

    private final Log log;

    SandboxDataDirectory(DeferredLogFactory logs) {
        this.log = logs.getLog(SandboxDataDirectory.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(DATA_DIR);
        if (configured == null || configured.isBlank()) {
            return;
        }
        // resolved once: a value such as target/it/${random.uuid} must mean one directory for every reader
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        environment.getPropertySources().addFirst(new MapPropertySource("sandboxDataDir", Map.of(DATA_DIR, dir.toString())));
        boolean fresh = environment.getProperty(FRESH, Boolean.class, true);
        try {
            if (fresh && Files.exists(dir)) {
                requireOwn(dir);
                deleteTree(dir);
                log.info("sandbox.fresh=true: emptied " + dir);
            }
            Files.createDirectories(dir);
            if (!Files.exists(dir.resolve(MARKER))) {
                Files.writeString(dir.resolve(MARKER), "The sandbox's data directory; sandbox.fresh=true empties it at start.\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the sandbox data directory " + dir, e);
        }
    }

    private static void requireOwn(Path dir) throws IOException {
        if (Files.exists(dir.resolve(MARKER))) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalStateException(DATA_DIR + "=" + dir + " is not empty and holds no " + MARKER
                        + " file, so it is not a sandbox data directory; sandbox.fresh=true will not delete it."
                        + " Point " + DATA_DIR + " elsewhere or empty it yourself.");
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** After the configuration files are read (and {@code random.*} is available), before the context starts. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
