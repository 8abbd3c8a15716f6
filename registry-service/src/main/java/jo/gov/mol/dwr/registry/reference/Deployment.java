package jo.gov.mol.dwr.registry.reference;

/** Whether a sending country lets its workers be recruited to Jordan (interfaces.md 5). */
public enum Deployment {
    OPEN, SUSPENDED
}
