package jo.gov.mol.dwr.registry.classification;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import jo.gov.mol.dwr.mappings.canonical.OfficeClass;

/**
 * An office's classification (interfaces.md 6): at the top level the class in force, every field present and null
 * while none is; {@code pending}, the classification waiting for a regulator, if any; and every classification,
 * newest first.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OfficeClassificationView(String licenceNo, @JsonProperty("class") OfficeClass officeClass,
                                       BigDecimal score, String period, Integer ruleSetVersion,
                                       ClassificationStatus status, List<Metric> metrics,
                                       ClassificationView pending, List<ClassificationView> history) {

    static OfficeClassificationView of(String licenceNo, List<Classification> newestFirst) {
        List<ClassificationView> history = newestFirst.stream().map(ClassificationView::of).toList();
        ClassificationView pending = history.stream().filter(view -> view.status().pending()).findFirst().orElse(null);
        return history.stream().filter(view -> view.status().inForce()).findFirst()
                .map(inForce -> new OfficeClassificationView(licenceNo, inForce.officeClass(), inForce.score(),
                        inForce.period(), inForce.ruleSetVersion(), inForce.status(), inForce.metrics(), pending, history))
                .orElseGet(() -> new OfficeClassificationView(licenceNo, null, null, null, null, null, null, pending,
                        history));
    }
}
