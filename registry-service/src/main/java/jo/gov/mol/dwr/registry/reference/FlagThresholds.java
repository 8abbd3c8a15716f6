package jo.gov.mol.dwr.registry.reference;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;

/**
 * Every threshold and term of policy.md's flag rules, by name. Days are whole Amman calendar days, counted as the
 * policy says ("within N days" includes both ends).
 *
 * @param adultAge                UNDERAGE_WORKER: younger than this on an event's date
 * @param salaryMismatchShare     SALARY_MISMATCH: attested and MoL salaries differ by more than this share of MoL's
 * @param noPermitDays            NO_WORK_PERMIT: days after an entry by which a permit must be issued
 * @param retaliationDays         RETALIATORY_ABSCONDING: days after a complaint's filing
 * @param frequentTransfers       FREQUENT_TRANSFERS: transfers within months of the first
 * @param welfareCaseOpenDays     how long an embassy welfare case counts as open (embassies send no closing record)
 * @param openWelfareCategories   the welfare case categories that count as open for EXIT_WITH_OPEN_CASE
 * @param missingWorkerDays       MISSING_WORKER: days without an exit or a new event
 * @param repeatAbuseComplaints   REPEAT_ABUSE_EMPLOYER: substantiated abuse complaints from different workers within
 *                                months before a request
 * @param abuseCategories         the complaint categories that are abuse
 * @param overstayDays            OVERSTAY: days a permit has been expired without renewal or exit
 */
public record FlagThresholds(int adultAge, BigDecimal salaryMismatchShare, int noPermitDays, int retaliationDays,
                             Occurrences frequentTransfers, int welfareCaseOpenDays,
                             Set<WelfareCategory> openWelfareCategories, int missingWorkerDays,
                             Occurrences repeatAbuseComplaints, Set<ComplaintCategory> abuseCategories,
                             int overstayDays) {
    public FlagThresholds {
        salaryMismatchShare = Amounts.plain(salaryMismatchShare);
        openWelfareCategories = inOrder(openWelfareCategories, WelfareCategory.class);
        abuseCategories = inOrder(abuseCategories, ComplaintCategory.class);
    }

    public boolean isAbuse(ComplaintCategory category) {
        return abuseCategories.contains(category);
    }

    /** Held in the enum's order, so that a rule set is written as JSON the same way every time. */
    private static <E extends Enum<E>> Set<E> inOrder(Collection<E> values, Class<E> type) {
        EnumSet<E> ordered = EnumSet.noneOf(type);
        ordered.addAll(values);
        return Collections.unmodifiableSet(ordered);
    }
}
