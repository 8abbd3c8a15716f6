package jo.gov.mol.dwr.sandbox.embassy;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A mistake the Philippine embassy's system makes now and then in an event, and the JSON Pointer by which the hub
 * is to name it in its 400 answer. The embassy then corrects the event and sends it again under the same eventId.
 */
enum PhlDefect {
    /** The birth date as the embassy's clerks write it locally, not ISO. */
    BIRTH_DATE_DAY_FIRST("/worker/birthDate") {
        @Override
        void applyTo(ObjectNode event) {
            ObjectNode worker = (ObjectNode) event.get("worker");
            String[] iso = worker.get("birthDate").asText().split("-");
            worker.put("birthDate", iso[2] + "/" + iso[1] + "/" + iso[0]);
        }
    },
    /** The time without its offset, so that nobody can tell which instant it was. */
    TIME_WITHOUT_OFFSET("/occurredAt") {
        @Override
        void applyTo(ObjectNode event) {
            String at = event.get("occurredAt").asText();
            event.put("occurredAt", at.substring(0, at.length() - "+03:00".length()));
        }
    },
    /** The worker's sex left out. */
    SEX_MISSING("/worker/sex") {
        @Override
        void applyTo(ObjectNode event) {
            ((ObjectNode) event.get("worker")).remove("sex");
        }
    };

    private final String pointer;

    PhlDefect(String pointer) {
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }

    abstract void applyTo(ObjectNode event);

    /** The defects in turn, so that a few broken events show each. */
    static PhlDefect nth(int i) {
        return values()[i % values().length];
    }
}
