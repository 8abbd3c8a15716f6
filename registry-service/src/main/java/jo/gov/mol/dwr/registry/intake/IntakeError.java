package jo.gov.mol.dwr.registry.intake;

/** Why the intake parked a message in the dead-letter queue; the code is stable, the same in logs and headers. */
enum IntakeError {
    /** Not a text message, or not a canonical event: no redelivery can help. */
    UNREADABLE_EVENT("unreadable_event"),
    /** A kind of canonical event the registry has no handler for yet: redrive it once one exists. */
    UNHANDLED_EVENT("unhandled_event"),
    /** A canonical event that failed to apply on every one of its delivery attempts. */
    EVENT_NOT_APPLICABLE("event_not_applicable");

    private final String code;

    IntakeError(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
