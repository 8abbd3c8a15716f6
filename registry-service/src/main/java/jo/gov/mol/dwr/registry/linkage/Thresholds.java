package jo.gov.mol.dwr.registry.linkage;

/** The two Fellegi-Sunter thresholds on a pair's total weight: at or above {@code upper} LINK, below {@code lower} NEW. */
public record Thresholds(double upper, double lower) {

    public Thresholds {
        if (lower > upper) {
            throw new IllegalArgumentException("the lower threshold " + lower + " lies above the upper " + upper);
        }
    }

    public Decision decide(double weight) {
        if (weight >= upper) {
            return Decision.LINK;
        }
        return weight >= lower ? Decision.REVIEW : Decision.NEW;
    }
}
