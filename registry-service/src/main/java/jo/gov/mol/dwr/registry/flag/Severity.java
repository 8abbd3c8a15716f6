package jo.gov.mol.dwr.registry.flag;

/** How grave a rule's finding is (policy.md); CRITICAL and HIGH are the serious ones that classification counts. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    public boolean serious() {
        return this == CRITICAL || this == HIGH;
    }
}
