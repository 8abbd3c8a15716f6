package jo.gov.mol.dwr.mappings.border;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import jo.gov.mol.dwr.mappings.border.mrz.InvalidMrzException;
import jo.gov.mol.dwr.mappings.border.mrz.Td3Mrz;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.TravellerIdentity;
import jo.gov.mol.dwr.mappings.validation.FieldErrors;
import jo.gov.mol.dwr.mappings.validation.InvalidValueException;

/**
 * The one mapping of a crossing's fields to the canonical {@link BorderCrossed}, whichever channel gave them: the
 * channel names the fields and reads its own form of the time; everything else is checked here alike, so that a
 * nightly-file row and its real-time twin map to equal facts.
 */
final class CrossingMapper {
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The names a channel gives the fields of a crossing, by which their problems are reported. */
    record Fields(String eventId, String crossingPoint, String direction, String occurredAt, String mrzLine1,
                  String mrzLine2, String visaRef) {
    }

    static final Fields ELEMENTS =
            new Fields("EventId", "CrossingPoint", "Direction", "OccurredAt", "MrzLine1", "MrzLine2", "VisaRef");
    static final Fields COLUMNS =
            new Fields("event_id", "crossing_point", "direction", "occurred_at", "mrz_line1", "mrz_line2", "visa_ref");

    private final Fields fields;
    private final FieldErrors errors;

    CrossingMapper(Fields fields, FieldErrors errors) {
        this.fields = fields;
        this.errors = errors;
    }

    /**
     * @param occurredAt the channel's reading of its time text (a refused value throws {@link InvalidValueException})
     * @throws jo.gov.mol.dwr.mappings.validation.InvalidMessageException with every problem found, including those
     *                                                                   already in the errors given
     */
    BorderCrossed map(CrossingRow raw, Function<String, Instant> occurredAt) {
        UUID eventId = errors.required(fields.eventId(), raw.eventId(), CrossingMapper::uuid);
        CrossingPoint point = errors.required(fields.crossingPoint(), raw.crossingPoint(), CrossingPoint::of);
        Direction direction = errors.required(fields.direction(), raw.direction(), Direction::of);
        Instant at = errors.required(fields.occurredAt(), raw.occurredAt(), occurredAt);
        String line1 = strip(raw.mrzLine1());
        String line2 = strip(raw.mrzLine2());
        TravellerIdentity traveller = traveller(line1, line2, at);
        ApprovalNo visaRef = errors.optional(fields.visaRef(), raw.visaRef(), ApprovalNo::of);
        errors.throwIfAny();
        return new BorderCrossed(eventId, point, direction, at, line1, line2, traveller, visaRef);
    }

    private TravellerIdentity traveller(String line1, String line2, Instant occurredAt) {
        // without a crossing time the zone is still checked, so that the sender hears of all its problems at once;
        // no fact is made then
        LocalDate crossingDate = LocalDate.ofInstant(occurredAt == null ? Instant.now() : occurredAt, CanonicalEvent.AMMAN);
        Td3Mrz mrz;
        try {
            mrz = Td3Mrz.parse(line1, line2, crossingDate);
        } catch (InvalidMrzException e) {
            for (InvalidMrzException.Problem problem : e.problems()) {
                errors.add(problem.line() == 1 ? fields.mrzLine1() : fields.mrzLine2(), problem.code(), problem.reason());
            }
            return null;
        }
        CountryCode issuingState = errors.required(fields.mrzLine1(), mrz.issuingState(), CountryCode::of);
        PassportNo number = errors.required(fields.mrzLine2(), mrz.documentNumber(), PassportNo::of);
        CountryCode nationality = errors.required(fields.mrzLine2(), mrz.nationality(), CountryCode::of);
        if (issuingState == null || number == null || nationality == null) {
            return null;
        }
        return new TravellerIdentity(new PassportRef(issuingState, number), nationality, mrz.primaryIdentifier(),
                mrz.secondaryIdentifier(), mrz.birthDate(), mrz.sex(), mrz.expiryDate());
    }

    private static UUID uuid(String value) {
        if (!UUID_FORM.matcher(value).matches()) {
            throw InvalidValueException.format(value, "an event id", "a UUID: 8-4-4-4-12 hexadecimal digits");
        }
        return UUID.fromString(value);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
