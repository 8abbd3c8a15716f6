package jo.gov.mol.dwr.sandbox.border;

/**
 * Someone the border sees: their passport, and for a domestic worker the MoL recruitment request they came on.
 *
 * @param requestId the worker's recruitment request; null for any other traveller
 */
public record Traveller(Passport passport, String requestId) {

    public boolean isDomesticWorker() {
        return requestId != null;
    }
}
