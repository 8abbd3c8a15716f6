package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.sandbox.Numbering;
import jo.gov.mol.dwr.sandbox.Share;
import jo.gov.mol.dwr.sandbox.mol.MolNames;

/**
 * The licensed recruitment offices: most ACTIVE for three years from a day in the three years before the span, some
 * suspended, revoked or expired; quotas from 50 to 400 workers a year; a few bad on purpose, all of them ACTIVE so that
 * they keep recruiting. Most ACTIVE licences that run out within the span are renewed some weeks before; the others
 * lapse.
 */
final class OfficeRoster {
    private static final int RENEWED_PERCENT = 90;

    private OfficeRoster() {
    }

    static List<Office> draw(Random random, Numbering numbering, Governorates governorates, int count, int bad,
                             LocalDate start, LocalDate end) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(i);
        }
        Set<Integer> badOnes = new HashSet<>(Share.of(all, Math.min(bad, count), random));
        List<Office> offices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate validFrom = start.minusDays(random.nextInt(3 * 365));
            LocalDate validUntil = validFrom.plusYears(3).minusDays(1);
            LicenceStatus status = badOnes.contains(i) ? LicenceStatus.ACTIVE : status(random);
            LocalDate renewedOn = validUntil.minusDays(7 + random.nextInt(54));
            boolean renewed = status == LicenceStatus.ACTIVE && validUntil.isBefore(end) && !renewedOn.isBefore(start)
                    && (badOnes.contains(i) || random.nextInt(100) < RENEWED_PERCENT);
            offices.add(new Office(numbering.licenceNo(), MolNames.office(i % MolNames.officeNames()),
                    governorates.draw(random), status, validFrom, validUntil, 50 + 10 * random.nextInt(36),
                    badOnes.contains(i), renewed ? renewedOn : null));
        }
        return offices;
    }

    private static LicenceStatus status(Random random) {
        int r = random.nextInt(100);
        return r < 90 ? LicenceStatus.ACTIVE : r < 95 ? LicenceStatus.SUSPENDED : r < 98 ? LicenceStatus.REVOKED
                : LicenceStatus.EXPIRED;
    }
}
