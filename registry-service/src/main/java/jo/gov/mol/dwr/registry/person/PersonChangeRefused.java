package jo.gov.mol.dwr.registry.person;

/** A merge, split or review decision the persons' current state does not allow; nothing of it was applied. */
public class PersonChangeRefused extends RuntimeException {
    private final PersonError error;
    private final String reason;

    PersonChangeRefused(PersonError error, String reason) {
        super(error.code() + ": " + reason);
        this.error = error;
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public PersonError error() {
        return error;
    }
}
