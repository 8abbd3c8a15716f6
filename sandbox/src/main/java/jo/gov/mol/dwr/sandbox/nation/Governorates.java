package jo.gov.mol.dwr.sandbox.nation;

import java.util.List;
import java.util.Random;

/** Jordan's twelve governorates, weighted roughly by where households employ domestic workers. */
final class Governorates {
    private static final List<String> NAMES = List.of("AMMAN", "IRBID", "ZARQA", "BALQA", "MADABA", "AQABA", "MAFRAQ",
            "JERASH", "KARAK", "AJLOUN", "MAAN", "TAFILAH");
    private static final int[] WEIGHTS = {45, 15, 12, 6, 4, 4, 3, 3, 3, 2, 2, 1};

    String draw(Random random) {
        int r = random.nextInt(100);
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return NAMES.get(i);
            }
        }
        return NAMES.get(0);
    }
}
