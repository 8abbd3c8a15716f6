package jo.gov.mol.dwr.registry.linkage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds on a record's best total weight (bits, log2 of the likelihood ratio) against the default weights of
 * {@link PersonComparison}: at or above {@code upperThreshold} LINK, below {@code lowerThreshold} NEW, between them
 * REVIEW.
 */
@ConfigurationProperties("registry.linkage")
public record LinkageProperties(@DefaultValue("19") double upperThreshold, @DefaultValue("9") double lowerThreshold) {

    public Thresholds thresholds() {
        return new Thresholds(upperThreshold, lowerThreshold);
    }
}
