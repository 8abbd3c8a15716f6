package jo.gov.mol.dwr.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * An exact share of some values, chosen by a seeded random: the simulators' "a tenth of the crossings are lost" means
 * exactly a tenth, rounded, so that a summary can say what to expect and a small run still shows every case.
 */
public final class Share {
    private Share() {
    }

    /** Exactly {@code share} of the values, rounded, chosen by the random; in their original order. */
    public static <T> List<T> of(List<T> values, double share, Random random) {
        int count = (int) Math.round(values.size() * Math.max(0, Math.min(1, share)));
        return of(values, count, random);
    }

    /** {@code count} of the values (all of them when there are fewer), chosen by the random; in their original order. */
    public static <T> List<T> of(List<T> values, int count, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        return order.subList(0, Math.min(count, values.size())).stream().sorted().map(values::get).toList();
    }
}
