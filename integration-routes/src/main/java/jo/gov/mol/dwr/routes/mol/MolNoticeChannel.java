package jo.gov.mol.dwr.routes.mol;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.NoticeDue;
import jo.gov.mol.dwr.mappings.mol.MolNotices;
import jo.gov.mol.dwr.routes.delivery.Destination;
import jo.gov.mol.dwr.routes.delivery.NoticeChannel;

/** The notices for MoL (interfaces.md 1b), as the elements of its notices service; each element is its operation. */
@Component
class MolNoticeChannel implements NoticeChannel {

    @Override
    public Optional<OutboundNotice> address(NoticeDue notice, Instant now) {
        if (!MolNotices.isFor(notice)) {
            return Optional.empty();
        }
        return Optional.of(new OutboundNotice(Destination.MOL_NOTICES, MolNotices.operation(notice),
                MolNotices.toXml(notice, now)));
    }
}
