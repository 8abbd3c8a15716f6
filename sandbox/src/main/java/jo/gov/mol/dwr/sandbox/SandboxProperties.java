package jo.gov.mol.dwr.sandbox;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox's own settings.
 *
 * @param dataDir       where the broker journal and both databases live
 * @param fresh         whether {@code dataDir} is emptied at start ({@link SandboxDataDirectory})
 * @param simulate      whether the simulators run once the application is ready
 * @param seed          the seed of the simulated streams: the same seed gives the same messages, message ids included
 * @param exitWhenDone  whether the application stops once the simulation is summed up (exit code 0 when every
 *                      answer was the expected one, 1 otherwise)
 * @param mol           the MoL simulator
 */
@ConfigurationProperties("sandbox")
public record SandboxProperties(Path dataDir,
                                @DefaultValue("true") boolean fresh,
                                @DefaultValue("true") boolean simulate,
                                @DefaultValue("42") long seed,
                                @DefaultValue("false") boolean exitWhenDone,
                                @DefaultValue Mol mol) {

    /**
     * @param workers         how many workers the stream recruits (each brings one to six messages)
     * @param senders         how many threads send at once
     * @param account         the MoL system account the simulator signs in as
     * @param password        its password, in plain text
     * @param duplicateShare  the share of messages sent a second time under the same message id
     * @param invalidShare    the share of messages first sent broken (refused) and then corrected under the same id
     * @param settleTimeout   how long to wait for the registry to apply every accepted message
     */
    public record Mol(@DefaultValue("200") int workers,
                      @DefaultValue("4") int senders,
                      @DefaultValue("mol") String account,
                      @DefaultValue("mol-sandbox") String password,
                      @DefaultValue("0.05") double duplicateShare,
                      @DefaultValue("0.03") double invalidShare,
                      @DefaultValue("120s") Duration settleTimeout) {
    }
}
