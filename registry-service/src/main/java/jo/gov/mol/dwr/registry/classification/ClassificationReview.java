package jo.gov.mol.dwr.registry.classification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.OfficeClass;
import jo.gov.mol.dwr.mappings.canonical.OfficeClassificationNoticeDue;
import jo.gov.mol.dwr.registry.api.RequestRefused;
import jo.gov.mol.dwr.registry.notice.Notices;

/**
 * The regulators' review of a classification (policy.md): confirm, override, and a second regulator's approval or
 * rejection of an override into or out of D. When a class comes into force the one in force before is superseded
 * and MoL is to hear of it ({@code OfficeClassificationNotice}), in the same transaction.
 */
@Component
public class ClassificationReview {
    private static final Logger log = LoggerFactory.getLogger(ClassificationReview.class);

    private final ClassificationRepository classifications;
    private final Notices notices;
    private final Clock clock;

    ClassificationReview(ClassificationRepository classifications, Notices notices, Clock clock) {
        this.classifications = classifications;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public ClassificationView confirm(String licenceNo, long id, String by) {
        Classification classification = find(licenceNo, id);
        Instant now = clock.instant();
        classification.confirm(by, now);
        comesIntoForce(classification, by, now);
        return ClassificationView.of(classification);
    }

    @Transactional
    public ClassificationView override(String licenceNo, long id, OfficeClass to, String reason, String by) {
        Classification classification = find(licenceNo, id);
        Instant now = clock.instant();
        if (classification.override(to, reason, by, now)) {
            comesIntoForce(classification, by, now);
        }
        return ClassificationView.of(classification);
    }

    @Transactional
    public ClassificationView approve(String licenceNo, long id, String reason, String by) {
        Classification classification = find(licenceNo, id);
        Instant now = clock.instant();
        classification.approve(reason, by, now);
        comesIntoForce(classification, by, now);
        return ClassificationView.of(classification);
    }

    @Transactional
    public ClassificationView reject(String licenceNo, long id, String reason, String by) {
        Classification classification = find(licenceNo, id);
        classification.reject(reason, by, clock.instant());
        return ClassificationView.of(classification);
    }

    private void comesIntoForce(Classification classification, String by, Instant now) {
        List<Classification> before = classifications.findByLicenceNoAndStatusInOrderByIdDesc(
                classification.licenceNo(), List.of(ClassificationStatus.CONFIRMED, ClassificationStatus.OVERRIDDEN));
        before.stream().filter(other -> !other.id().equals(classification.id()))
                .forEach(other -> other.supersede(by, now));
        Period period = classification.period();
        notices.dueOnDecision(OfficeClassificationNoticeDue.of(classification.id(),
                LicenceNo.of(classification.licenceNo()), classification.officeClass(), period.firstMonth(),
                period.lastMonth(), LocalDate.ofInstant(now, CanonicalEvent.AMMAN)));
        log.info("office class in force licenceNo={} class={} period={} classificationId={} by={}",
                classification.licenceNo(), classification.officeClass(), period, classification.id(), by);
    }

    private Classification find(String licenceNo, long id) {
        return classifications.findByIdAndLicenceNo(id, licenceNo).orElseThrow(() -> RequestRefused.notFound(
                "classification_not_found", "office " + licenceNo + " has no classification " + id));
    }
}
