package jo.gov.mol.dwr.sandbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;

/**
 * What one crossing of a domestic worker states, as the border reported it and as MoL and the worker's embassy must
 * hear it again in their arrival or departure notice (interfaces.md 1b, 4a-4c): the sandbox compares the sides with
 * it. The passport number is folded (interfaces.md conventions) and the time kept to the second, as the contract
 * compares crossings, so that a receiver's own spelling of either does not count as a different crossing.
 */
public record CrossingFact(String passportNo, String nationality, Direction direction, CrossingPoint point,
                           Instant occurredAt) {

    public CrossingFact {
        passportNo = PassportNo.of(passportNo).folded();
        occurredAt = occurredAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** From a notice, whose type is ARRIVAL or DEPARTURE (or the SOAP notice's name, ArrivalNotice or DepartureNotice). */
    public static CrossingFact ofNotice(String type, String passportNo, String nationality, String point, Instant occurredAt) {
        String named = type == null ? "" : type.toUpperCase(Locale.ROOT);
        Direction direction = switch (named) {
            case "ARRIVAL", "ARRIVALNOTICE" -> Direction.ENTRY;
            case "DEPARTURE", "DEPARTURENOTICE" -> Direction.EXIT;
            default -> throw new IllegalArgumentException("'" + type + "' is not an arrival or departure notice");
        };
        return new CrossingFact(passportNo, nationality, direction, CrossingPoint.of(point), occurredAt);
    }
}
