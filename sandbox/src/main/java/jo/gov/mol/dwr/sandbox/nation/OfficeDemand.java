package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jo.gov.mol.dwr.sandbox.mol.MolNames;

/**
 * Which office an employer turns to. Recruitment is concentrated, as it is in Jordan: a few large offices place most
 * workers and most place a handful (a Zipf law over the offices, in an order drawn from the seed), so that the larger
 * offices place the ten workers a year that a class needs (policy.md). The bad offices are busy ones, taking
 * {@value #BAD_PERCENT} % of the requests between them, so that their record shows.
 */
final class OfficeDemand {
    private static final int BAD_PERCENT = 20;
    private static final double ZIPF_EXPONENT = 1.1;

    private final Map<Office, Double> weights = new HashMap<>();

    OfficeDemand(List<Office> offices, Random random) {
        List<Office> order = new ArrayList<>(offices.stream().filter(o -> !o.bad()).toList());
        Collections.shuffle(order, random);
        for (int rank = 0; rank < order.size(); rank++) {
            weights.put(order.get(rank), 1 / Math.pow(rank + 1, ZIPF_EXPONENT));
        }
    }

    /** An office lawfully recruiting that day, drawn by its share of the demand. */
    Office pick(Random random, List<Office> offices, LocalDate day) {
        List<Office> active = offices.stream().filter(o -> o.isActiveOn(day)).toList();
        List<Office> bad = active.stream().filter(Office::bad).toList();
        if (!bad.isEmpty() && random.nextInt(100) < BAD_PERCENT) {
            return MolNames.pick(random, bad);
        }
        List<Office> good = active.stream().filter(o -> !o.bad()).toList();
        if (good.isEmpty()) {
            return MolNames.pick(random, active.isEmpty() ? offices : active);
        }
        double total = good.stream().mapToDouble(weights::get).sum();
        double r = random.nextDouble() * total;
        for (Office office : good) {
            r -= weights.get(office);
            if (r < 0) {
                return office;
            }
        }
        return good.get(good.size() - 1);
    }
}
