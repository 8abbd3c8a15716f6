package jo.gov.mol.dwr.routes.embassy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the hub's notices to the embassies go ({@code hub.embassies.*}).
 *
 * @param phl    the Philippine embassy's service: notices are posted to {@code <url>/notices}
 * @param outbox the folder holding one folder per file-taking embassy, {@code <outbox>/<ISO3>/}
 */
@ConfigurationProperties("hub.embassies")
record EmbassyTargets(Phl phl, Path outbox) {

    record Phl(URI url, @DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout) {
    }
}
