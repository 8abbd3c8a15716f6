package jo.gov.mol.dwr.registry;

/**
 * How many of each thing the registry holds, at one moment.
 *
 * @param unmatched records that name a person only by passport and whose worker is not known yet
 */
public record RegistryCounts(long sourceMessages, long workers, long employers, long offices,
                             long recruitmentRequests, long workPermits, long complaints, long abscondingReports,
                             long transfers, long unmatched) {
}
