package jo.gov.mol.dwr.registry;

/**
 * How many of each thing the registry holds, at one moment.
 *
 * @param crossings          border crossings, each once whichever channels reported it
 * @param attestations       embassies' contract attestations, one per embassy and reference whatever its versions
 * @param welfareCases       embassies' welfare cases, one per embassy and reference whatever its versions
 * @param unmatched          accepted records still waiting for their subject (a worker, a recruitment request)
 * @param approvalDecisions  MoI decisions kept, every version
 * @param noticesDue         notices the registry decided are due, published or not
 * @param noticesUnpublished notices due not yet handed to the hub
 */
public record RegistryCounts(long sourceMessages, long workers, long employers, long offices,
                             long recruitmentRequests, long workPermits, long complaints, long abscondingReports,
                             long transfers, long crossings, long attestations, long welfareCases, long unmatched,
                             long approvalDecisions, long noticesDue, long noticesUnpublished) {
}
