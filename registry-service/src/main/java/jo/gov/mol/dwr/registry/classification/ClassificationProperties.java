package jo.gov.mol.dwr.registry.classification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cron            when every office is classified, a Spring cron expression in Amman time (by default 02:00 on
 *                        the 1st of each month, once the month before is complete)
 * @param scheduleEnabled whether this process runs the schedule (several may: one run goes at a time)
 */
@ConfigurationProperties("registry.classification")
record ClassificationProperties(@DefaultValue("0 0 2 1 * *") String cron,
                                @DefaultValue("true") boolean scheduleEnabled) {
}
