package jo.gov.mol.dwr.routes.embassy;

import java.util.UUID;

/** PHL events as interfaces.md 4a shows them, each under a new event id. */
final class PhlSamples {
    /** A token of the Philippine embassy, as configured for the tests. */
    static final String PHL_TOKEN = "phl-test-token-0123456789abcdef";
    /** A token of the Kenyan embassy: valid, but not for the PHL channel. */
    static final String KEN_TOKEN = "ken-test-token-0123456789abcdef";

    private PhlSamples() {
    }

    static String newEventId() {
        return UUID.randomUUID().toString();
    }

    static String verification(String eventId, String reference, String occurredAt, int salary) {
        return """
                { "eventId": "%s",
                  "type": "CONTRACT_VERIFICATION",
                  "occurredAt": "%s",
                  "worker": { "passportNo": "P1234567A", "lastName": "DELA CRUZ", "firstName": "MARIA CLARA",
                              "middleName": "SANTOS", "birthDate": "1994-07-15", "sex": "F" },
                  "agencyLicenceNo": "RO-0142", "employerId": "9871234567",
                  "monthlySalary": { "amount": %d, "currency": "USD" },
                  "verification": { "reference": "%s", "status": "VERIFIED", "reason": null } }
                """.formatted(eventId, occurredAt, salary, reference);
    }

    static String verification(String eventId) {
        return verification(eventId, "PH-VER-2026-000123", "2026-03-05T10:15:00+03:00", 400);
    }
}
