package jo.gov.mol.dwr.sandbox.nation;

import java.util.List;
import java.util.Optional;

/**
 * One person's journey through the systems, in the order of business time.
 *
 * @param anomaly the wrong injected on purpose, or null for a clean journey; an impostor's journey carries the
 *                anomaly of the approval they entered on
 */
public record Journey(Person person, Office office, List<Step> steps, Anomaly anomaly) {

    public <T extends Step> List<T> steps(Class<T> kind) {
        return steps.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public <T extends Step> Optional<T> first(Class<T> kind) {
        return steps(kind).stream().findFirst();
    }

    /** Whether it starts with a recruitment request (an impostor's does not). */
    public boolean isRecruited() {
        return first(Step.Requested.class).isPresent();
    }
}
