package jo.gov.mol.dwr.registry.linkage;

import java.util.Collections;
import java.util.List;

/**
 * Whether two records share a MoL request, MoI approval or work permit number. Strong evidence, but never a link on
 * its own (decisions.md): someone may enter on another person's approval, and that must stay visible.
 */
final class SharedNumberComparator implements FieldComparator<StandardisedPerson> {

    static final int SHARED = 0;
    static final int NONE_SHARED = 1;
    private static final List<String> LEVELS = List.of("SHARED", "NONE_SHARED");

    @Override
    public String field() {
        return "businessNumber";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(StandardisedPerson left, StandardisedPerson right) {
        if (left.businessNumbers().isEmpty() || right.businessNumbers().isEmpty()) {
            return MISSING;
        }
        return Collections.disjoint(left.businessNumbers(), right.businessNumbers()) ? NONE_SHARED : SHARED;
    }
}
