package jo.gov.mol.dwr.registry.classification;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.OfficeClass;
import jo.gov.mol.dwr.registry.api.ListPage;
import jo.gov.mol.dwr.registry.api.RequestRefused;

/** Offices' classifications as the API reads them. */
@Component
public class OfficeClassifications {
    private final ClassificationRepository classifications;

    OfficeClassifications(ClassificationRepository classifications) {
        this.classifications = classifications;
    }

    /** @throws RequestRefused 404 for an office never classified */
    @Transactional(readOnly = true)
    public OfficeClassificationView office(String licenceNo) {
        List<Classification> history = classifications.findByLicenceNoOrderByIdDesc(licenceNo);
        if (history.isEmpty()) {
            throw RequestRefused.notFound("office_not_classified", "office " + licenceNo + " was never classified");
        }
        return OfficeClassificationView.of(licenceNo, history);
    }

    /** Classified offices by licence number; with a class, only those whose class in force it is. */
    @Transactional(readOnly = true)
    public ListPage<OfficeClassificationView> offices(OfficeClass officeClass, PageRequest page) {
        Page<String> licenceNos = officeClass == null ? classifications.classifiedOffices(page)
                : classifications.officesInClass(officeClass,
                List.of(ClassificationStatus.CONFIRMED, ClassificationStatus.OVERRIDDEN), page);
        return ListPage.of(licenceNos.map(this::office));
    }
}
