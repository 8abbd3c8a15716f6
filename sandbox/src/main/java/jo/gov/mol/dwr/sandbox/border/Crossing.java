package jo.gov.mol.dwr.sandbox.border;

import java.time.Instant;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.sandbox.CrossingFact;

/**
 * One crossing as a border post records it (interfaces.md 3): the real-time message and the nightly-file row carry
 * the same fields under the same event id.
 *
 * @param occurredAt to the second, as both channels give it
 * @param visaRef    the MoI approval number an entry was made on; null for exits and other travellers
 * @param lost       whether the real-time link loses it on purpose, so that only the nightly file brings it
 */
public record Crossing(UUID eventId, CrossingPoint point, Direction direction, Instant occurredAt, Traveller traveller,
                       String visaRef, boolean lost) {

    public Mrz mrz() {
        return traveller.passport().mrz();
    }

    /** What the notices of this crossing must say. */
    public CrossingFact fact() {
        Passport passport = traveller.passport();
        return new CrossingFact(passport.number(), passport.nationality(), direction, point, occurredAt);
    }
}
