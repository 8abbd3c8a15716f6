package jo.gov.mol.dwr.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.RandomValuePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.support.TestPropertySourceUtils;

class SandboxDataDirectoryTests {
    private final SandboxDataDirectory directory = new SandboxDataDirectory(log -> LogFactory.getLog(SandboxDataDirectoryTests.class));

    @TempDir
    Path temp;

    @Test
    void emptiesItsOwnDirectoryWhenFresh() throws Exception {
        Path dir = temp.resolve("data");
        prepare(dir, true);
        Files.writeString(dir.resolve("hub.mv.db"), "old run");

        prepare(dir, true);

        assertThat(dir.resolve("hub.mv.db")).doesNotExist();
        assertThat(dir.resolve(SandboxDataDirectory.MARKER)).exists();
    }

    @Test
    void keepsTheDataWhenNotFresh() throws Exception {
        Path dir = temp.resolve("data");
        prepare(dir, true);
        Files.writeString(dir.resolve("hub.mv.db"), "old run");

        prepare(dir, false);

        assertThat(dir.resolve("hub.mv.db")).hasContent("old run");
    }

    @Test
    void neverEmptiesADirectoryItDidNotMake() throws Exception {
        Path someoneElses = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(someoneElses.resolve("thesis.txt"), "years of work");

        assertThatThrownBy(() -> prepare(someoneElses, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SandboxDataDirectory.MARKER);
        assertThat(someoneElses.resolve("thesis.txt")).hasContent("years of work");
    }

    @Test
    void pinsOneAbsolutePathForEveryPropertyBuiltOnIt() {
        StandardEnvironment environment = new StandardEnvironment();
        RandomValuePropertySource.addToEnvironment(environment);
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(environment,
                "sandbox.data-dir=" + temp + "/run-${random.uuid}",
                "hub.datasource.url=jdbc:h2:file:${sandbox.data-dir}/hub");

        directory.postProcessEnvironment(environment, new SpringApplication());

        Path pinned = Path.of(environment.getRequiredProperty("sandbox.data-dir"));
        assertThat(environment.getProperty("sandbox.data-dir")).isEqualTo(pinned.toString());
        assertThat(environment.getProperty("hub.datasource.url")).isEqualTo("jdbc:h2:file:" + pinned + "/hub");
        assertThat(pinned).isAbsolute().isDirectory();
    }

    private void prepare(Path dir, boolean fresh) {
        StandardEnvironment environment = new StandardEnvironment();
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(environment,
                "sandbox.data-dir=" + dir, "sandbox.fresh=" + fresh);
        directory.postProcessEnvironment(environment, new SpringApplication());
    }
}
