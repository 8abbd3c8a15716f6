package jo.gov.mol.dwr.routes.embassy;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the embassies that send files drop them ({@code hub.embassies.*}, interfaces.md 4b, 4c).
 *
 * @param inbox       the folder holding one folder per embassy, {@code <inbox>/<ISO3>/}
 * @param maxFileSize the largest file read; a larger one is refused whole with {@code payload_too_large}
 */
@ConfigurationProperties("hub.embassies")
record EmbassyInbox(Path inbox, DataSize maxFileSize) {
}
