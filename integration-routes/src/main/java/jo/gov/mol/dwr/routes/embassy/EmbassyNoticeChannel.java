package jo.gov.mol.dwr.routes.embassy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.CrossingNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.NoticeDue;
import jo.gov.mol.dwr.mappings.canonical.NoticeReceiver;
import jo.gov.mol.dwr.mappings.embassy.EmbassyCsvRecords;
import jo.gov.mol.dwr.mappings.embassy.LkaExports;
import jo.gov.mol.dwr.routes.delivery.Destination;
import jo.gov.mol.dwr.routes.delivery.NoticeChannel;

/**
 * The crossing notices for an embassy, by the channel of the traveller's nationality: the Philippine embassy's
 * HTTP endpoint (interfaces.md 4a), or a notice file for the embassies that take files (4b, 4c). A nationality
 * whose embassy has no channel gets no notice.
 */
@Component
class EmbassyNoticeChannel implements NoticeChannel {
    private static final Logger LOG = LoggerFactory.getLogger(EmbassyNoticeChannel.class);
    private static final String PHILIPPINES = "PHL";
    private static final Set<String> FILE_EMBASSIES = fileEmbassies();

    @Override
    public Optional<OutboundNotice> address(NoticeDue notice, Instant now) {
        if (!(notice instanceof CrossingNoticeDue crossing) || crossing.receiver() != NoticeReceiver.EMBASSY) {
            return Optional.empty();
        }
        Optional<Destination> destination = destinationOf(crossing.nationality());
        if (destination.isEmpty()) {
            LOG.info("no notice channel to the embassy of {}: notice not sent noticeId={} crossing={}",
                    crossing.nationality().value(), crossing.noticeId(), crossing.crossingId());
            return Optional.empty();
        }
        EmbassyNotice payload = new EmbassyNotice(crossing.nationality().value(), CrossingNotice.of(crossing));
        return Optional.of(new OutboundNotice(destination.get(), crossing.type(), payload.toJson()));
    }

    private static Set<String> fileEmbassies() {
        Set<String> embassies = new HashSet<>(EmbassyCsvRecords.EMBASSIES);
        embassies.add(LkaExports.EMBASSY.value());
        return Set.copyOf(embassies);
    }

    private static Optional<Destination> destinationOf(CountryCode nationality) {
        if (PHILIPPINES.equals(nationality.value())) {
            return Optional.of(Destination.PHL_NOTICES);
        }
        if (FILE_EMBASSIES.contains(nationality.value())) {
            return Optional.of(Destination.EMBASSY_NOTICE_FILES);
        }
        return Optional.empty();
    }
}
