package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.sandbox.Numbering;
import jo.gov.mol.dwr.sandbox.Share;
import jo.gov.mol.dwr.sandbox.mol.MolNames;

/**
 * The licensed recruitment offices: most ACTIVE for three years from a day in the three years before the span, some
 * suspended, revoked or expired; quotas from 50 to 400 workers a year; a few bad on purpose, all of them ACTIVE so that
 * they keep recruiting. The first bad one is licensed for one worker a year only, in a licence year that began just
 * before the span, so that it can recruit past its quota ({@link #quotaBreaker}). Most ACTIVE licences that run out
 * within the span are renewed some weeks before; the others lapse.
 */
final class OfficeRoster {
    static final int SMALL_QUOTA = 1;
    private static final int DAYS_BEFORE_THE_SPAN = 60;
    private static final int RENEWED_PERCENT = 90;

    private OfficeRoster() {
    }

    /** The bad office that recruits past its small quota, if there is one. */
    static Optional<Office> quotaBreaker(List<Office> offices) {
        return offices.stream().filter(o -> o.bad() && o.annualQuota() == SMALL_QUOTA).findFirst();
    }

    static List<Office> draw(Random random, Numbering numbering, Governorates governorates, int count, int bad,
                             LocalDate start, LocalDate end) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(i);
        }
        List<Integer> badOnes = Share.of(all, Math.min(bad, count), random);
        int quotaBreaker = badOnes.isEmpty() ? -1 : badOnes.get(0);
        List<Office> offices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // the quota breaker's second licence year starts shortly before the span and covers most of it
            LocalDate validFrom = i == quotaBreaker
                    ? start.minusYears(1).minusDays(random.nextInt(DAYS_BEFORE_THE_SPAN))
                    : start.minusDays(random.nextInt(3 * 365));
            LocalDate validUntil = validFrom.plusYears(3).minusDays(1);
            LicenceStatus status = badOnes.contains(i) ? LicenceStatus.ACTIVE : status(random);
            int quota = 50 + 10 * random.nextInt(36);
            LocalDate renewedOn = validUntil.minusDays(7 + random.nextInt(54));
            boolean renewed = status == LicenceStatus.ACTIVE && validUntil.isBefore(end) && !renewedOn.isBefore(start)
                    && (badOnes.contains(i) || random.nextInt(100) < RENEWED_PERCENT);
            offices.add(new Office(numbering.licenceNo(), MolNames.office(i % MolNames.officeNames()),
                    governorates.draw(random), status, validFrom, validUntil, i == quotaBreaker ? SMALL_QUOTA : quota,
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
