package jo.gov.mol.dwr.mappings.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.canonical.TravellerIdentity;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;
import jo.gov.mol.dwr.mappings.xml.SafeXml;

/**
 * The border crossings contract (interfaces.md 3) against its golden samples: {@code border/valid/*.xml} map to exact
 * canonical crossings, {@code border/invalid/*.xml} are refused naming each problem, and the rows of a nightly file
 * map to the same crossings as their real-time twins.
 */
class BorderCrossingsTests {
    static final String MARIA_1 = "P<PHLDELA<CRUZ<<MARIA<CLARA<SANTOS<<<<<<<<<<";
    static final String MARIA_2 = "P1234567A1PHL9407152F3107140<<<<<<<<<<<<<<08";
    static final UUID EVENT_ID = UUID.fromString("0b8e5a0c-0d4e-4b8e-bd0c-6a6a3c2e9f11");

    @Nested
    class RealTimeMessages {

        @Test
        void mapsTheInterfaceExampleToBorderCrossed() {
            BorderCrossed crossing = read("valid/Crossing.xml");

            assertThat(crossing).isEqualTo(new BorderCrossed(EVENT_ID, CrossingPoint.AMM, Direction.ENTRY,
                    Instant.parse("2026-03-20T00:12:45Z"), MARIA_1, MARIA_2, maria(),
                    ApprovalNo.of("MOI-APR-2026-000456")));
        }

        @Test
        void givesTheEventIdAsReferenceThePassportAsOrderingKeyAndTheCrossingAsBusinessTime() {
            BorderCrossed crossing = read("valid/Crossing.xml");

            assertThat(crossing.reference()).isEqualTo(EVENT_ID.toString());
            assertThat(crossing.orderingKey()).isEqualTo("PHL:P1234567A");
            assertThat(crossing.businessTime()).isEqualTo(Instant.parse("2026-03-20T00:12:45Z"));
        }

        @Test
        void mapsAnExitWithoutVisaRef() {
            BorderCrossed crossing = read("valid/Crossing-exit-without-visa-ref.xml");

            assertThat(crossing.crossingPoint()).isEqualTo(CrossingPoint.KHB);
            assertThat(crossing.direction()).isEqualTo(Direction.EXIT);
            assertThat(crossing.visaRef()).isNull();
            assertThat(crossing.traveller()).isEqualTo(new TravellerIdentity(
                    new PassportRef(CountryCode.of("KEN"), PassportNo.of("AK0123456")), CountryCode.of("KEN"),
                    "WANJIKU", "GRACE AKINYI", LocalDate.of(1990, 3, 12), Sex.F, LocalDate.of(2029, 8, 1)));
        }

        @Test
        void readsAnEmptyVisaRefAsAbsent() {
            assertThat(read("valid/Crossing-empty-visa-ref.xml").visaRef()).isNull();
        }

        @Test
        void truncatesOccurredAtToTheSecond() {
            Element crossing = element("valid/Crossing.xml");
            setChild(crossing, "OccurredAt", "2026-03-20T03:12:45.987+03:00");

            assertThat(BorderCrossings.read(crossing).occurredAt()).isEqualTo(Instant.parse("2026-03-20T00:12:45Z"));
        }

        @Test
        void refusesABadCheckDigitOnMrzLine2NamingIt() {
            assertThat(refusal("invalid/Crossing-bad-check-digit.xml")).containsExactly(new ValidationError("MrzLine2",
                    ErrorCode.INVALID_CHECK_DIGIT, "the birth date check digit is 3, the computed one is 2"));
        }

        @Test
        void refusesAnUnknownCrossingPoint() {
            assertThat(refusal("invalid/Crossing-unknown-crossing-point.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("CrossingPoint", ErrorCode.UNKNOWN_CROSSING_POINT));
        }

        @Test
        void refusesATimeWithoutOffset() {
            assertThat(refusal("invalid/Crossing-time-without-offset.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("OccurredAt", ErrorCode.INVALID_FORMAT));
        }

        @Test
        void refusesAMalformedEventId() {
            assertThat(refusal("invalid/Crossing-malformed-event-id.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("EventId", ErrorCode.INVALID_FORMAT));
        }

        @Test
        void requiresMrzLine2() {
            assertThat(refusal("invalid/Crossing-missing-mrz-line2.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("MrzLine2", ErrorCode.REQUIRED));
        }

        @Test
        void namesEveryBadFieldAtOnce() {
            assertThat(refusal("invalid/Crossing-several-bad-fields.xml"))
                    .extracting(ValidationError::field, ValidationError::code)
                    .containsExactlyInAnyOrder(
                            tuple("CrossingPoint", ErrorCode.UNKNOWN_CROSSING_POINT),
                            tuple("Direction", ErrorCode.INVALID_VALUE),
                            tuple("MrzLine1", ErrorCode.INVALID_FORMAT),
                            tuple("MrzLine2", ErrorCode.INVALID_CHECK_DIGIT),
                            tuple("VisaRef", ErrorCode.INVALID_FORMAT));
        }

        @Test
        void refusesAnElementOfAnotherContract() {
            Element other = SafeXml.parse("<Crossing xmlns=\"urn:jo:gov:psd:border:2\"/>".getBytes(StandardCharsets.UTF_8))
                    .getDocumentElement();

            assertThat(refusal(other)).extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("", ErrorCode.UNKNOWN_MESSAGE_TYPE));
        }
    }

    @Nested
    class NightlyFileRows {

        @Test
        void mapsARowToTheSameCrossingAsItsRealTimeTwin() {
            BorderCrossed message = read("valid/Crossing.xml");

            BorderCrossed row = BorderCrossings.readRow(fileRow(2));

            assertThat(row).isEqualTo(message);
            assertThat(EventCodec.fingerprint(row)).isEqualTo(EventCodec.fingerprint(message));
        }

        @Test
        void matchesItsTwinWhateverTheEventIdCaseFractionsOfASecondAndAnEmptyVisaRef() {
            Element crossing = element("valid/Crossing.xml");
            setChild(crossing, "EventId", EVENT_ID.toString().toUpperCase());
            setChild(crossing, "OccurredAt", "2026-03-20T00:12:45.400Z");
            setChild(crossing, "VisaRef", "");
            CrossingRow row = new CrossingRow(" " + EVENT_ID + " ", "AMM", "ENTRY", "20/03/2026 03:12:45", MARIA_1,
                    MARIA_2, "");

            assertThat(EventCodec.fingerprint(BorderCrossings.readRow(row)))
                    .isEqualTo(EventCodec.fingerprint(BorderCrossings.read(crossing)));
        }

        @Test
        void differsFromItsTwinWhenTheDirectionDiffers() {
            CrossingRow row = fileRow(2);
            CrossingRow exit = new CrossingRow(row.eventId(), row.crossingPoint(), "EXIT", row.occurredAt(),
                    row.mrzLine1(), row.mrzLine2(), row.visaRef());

            assertThat(EventCodec.fingerprint(BorderCrossings.readRow(exit)))
                    .isNotEqualTo(EventCodec.fingerprint(read("valid/Crossing.xml")));
        }

        @Test
        void mapsAnExitRowWithAnEmptyVisaRef() {
            BorderCrossed exit = BorderCrossings.readRow(fileRow(3));

            assertThat(exit.direction()).isEqualTo(Direction.EXIT);
            assertThat(exit.visaRef()).isNull();
            assertThat(exit.occurredAt()).isEqualTo(Instant.parse("2026-03-20T18:30:00Z"));
        }

        @Test
        void readsARowByColumnName() {
            Map<String, String> columns = Map.of("event_id", EVENT_ID.toString(), "crossing_point", "AMM",
                    "direction", "ENTRY", "occurred_at", "20/03/2026 03:12:45", "mrz_line1", MARIA_1,
                    "mrz_line2", MARIA_2, "visa_ref", "MOI-APR-2026-000456");

            assertThat(BorderCrossings.readRow(CrossingRow.of(columns))).isEqualTo(read("valid/Crossing.xml"));
        }

        @Test
        void readsAmmanSummerAndWinterTimesWithTheOffsetInForceThen() {
            // Jordan kept +03:00 all year from October 2022; before, winters were +02:00
            assertThat(occurredAt("15/07/2021 10:00:00")).isEqualTo(Instant.parse("2021-07-15T07:00:00Z"));
            assertThat(occurredAt("15/01/2021 10:00:00")).isEqualTo(Instant.parse("2021-01-15T08:00:00Z"));
            assertThat(occurredAt("20/01/2026 10:00:00")).isEqualTo(Instant.parse("2026-01-20T07:00:00Z"));
            assertThat(occurredAt("20/07/2026 10:00:00")).isEqualTo(Instant.parse("2026-07-20T07:00:00Z"));
        }

        @Test
        void takesTheEarlierInstantOfAnHourThatAmmanLivedTwice() {
            assertThat(occurredAt("29/10/2021 00:30:00")).isEqualTo(Instant.parse("2021-10-28T21:30:00Z"));
        }

        @Test
        void refusesATimeThatAmmanSkipped() {
            assertThat(rowRefusal(rowAt("26/03/2021 00:30:00"))).extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("occurred_at", ErrorCode.INVALID_VALUE));
        }

        @Test
        void refusesABadRowDateNamingTheColumn() {
            assertThat(rowRefusal(fileRow(4))).containsExactly(new ValidationError("occurred_at",
                    ErrorCode.INVALID_FORMAT, "'31/02/2026 10:00:00' is not a date and time (dd/MM/yyyy HH:mm:ss, Amman local time)"));
            assertThat(rowRefusal(rowAt("2026-03-20T03:12:45+03:00"))).extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("occurred_at", ErrorCode.INVALID_FORMAT));
            assertThat(rowRefusal(rowAt("20/03/2026 3:12:45"))).extracting(ValidationError::field, ValidationError::code)
                    .containsExactly(tuple("occurred_at", ErrorCode.INVALID_FORMAT));
        }

        @Test
        void namesEveryBadColumnAtOnce() {
            CrossingRow row = new CrossingRow("not-a-uuid", "QAIA", "", "20/03/2026 03:12:45", MARIA_1.substring(1),
                    MARIA_2.replace("9407152", "9407153"), "MOI-APR-2026-45");

            assertThat(rowRefusal(row)).extracting(ValidationError::field, ValidationError::code).containsExactly(
                    tuple("event_id", ErrorCode.INVALID_FORMAT),
                    tuple("crossing_point", ErrorCode.UNKNOWN_CROSSING_POINT),
                    tuple("direction", ErrorCode.REQUIRED),
                    tuple("mrz_line1", ErrorCode.INVALID_FORMAT),
                    tuple("mrz_line2", ErrorCode.INVALID_CHECK_DIGIT),
                    tuple("visa_ref", ErrorCode.INVALID_FORMAT));
        }

        @Test
        void checksTheZoneEvenWhenTheTimeIsBad() {
            CrossingRow row = new CrossingRow(EVENT_ID.toString(), "AMM", "ENTRY", "yesterday", MARIA_1,
                    MARIA_2.substring(0, 43) + "7", null);

            assertThat(rowRefusal(row)).extracting(ValidationError::field, ValidationError::code).containsExactly(
                    tuple("occurred_at", ErrorCode.INVALID_FORMAT),
                    tuple("mrz_line2", ErrorCode.INVALID_CHECK_DIGIT));
        }

        @Test
        void requiresEveryColumnButVisaRef() {
            CrossingRow empty = CrossingRow.of(List.of());

            assertThat(rowRefusal(empty)).extracting(ValidationError::field, ValidationError::code).containsExactly(
                    tuple("event_id", ErrorCode.REQUIRED),
                    tuple("crossing_point", ErrorCode.REQUIRED),
                    tuple("direction", ErrorCode.REQUIRED),
                    tuple("occurred_at", ErrorCode.REQUIRED),
                    tuple("mrz_line1", ErrorCode.REQUIRED),
                    tuple("mrz_line2", ErrorCode.REQUIRED));
        }

        @Test
        void putsTheBirthYearInTheCenturyOfTheCrossing() {
            // 940715 is 1994 for a crossing in 2026; the same zone read on a crossing in 1995 still says 1994
            CrossingRow row = new CrossingRow(EVENT_ID.toString(), "AMM", "ENTRY", "20/03/1995 03:12:45", MARIA_1,
                    MARIA_2, "");

            assertThat(BorderCrossings.readRow(row).traveller().birthDate()).isEqualTo(LocalDate.of(1994, 7, 15));
        }

        private Instant occurredAt(String local) {
            return BorderCrossings.readRow(rowAt(local)).occurredAt();
        }

        private CrossingRow rowAt(String local) {
            return new CrossingRow(EVENT_ID.toString(), "AMM", "ENTRY", local, MARIA_1, MARIA_2, "");
        }
    }

    static TravellerIdentity maria() {
        return new TravellerIdentity(new PassportRef(CountryCode.of("PHL"), PassportNo.of("P1234567A")),
                CountryCode.of("PHL"), "DELA CRUZ", "MARIA CLARA SANTOS", LocalDate.of(1994, 7, 15), Sex.F,
                LocalDate.of(2031, 7, 14));
    }

    static BorderCrossed read(String sample) {
        return BorderCrossings.read(element(sample));
    }

    static List<ValidationError> refusal(String sample) {
        return refusal(element(sample));
    }

    static List<ValidationError> refusal(Element crossing) {
        InvalidMessageException e = catchThrowableOfType(() -> BorderCrossings.read(crossing), InvalidMessageException.class);
        assertThat(e).as("refused").isNotNull();
        return e.errors();
    }

    static List<ValidationError> rowRefusal(CrossingRow row) {
        InvalidMessageException e = catchThrowableOfType(() -> BorderCrossings.readRow(row), InvalidMessageException.class);
        assertThat(e).as("refused").isNotNull();
        return e.errors();
    }

    static Element element(String sample) {
        return SafeXml.parse(resource(sample)).getDocumentElement();
    }

    /** The row on a physical line (the header is line 1) of the sample nightly file. */
    static CrossingRow fileRow(int line) {
        String[] lines = new String(resource("CROSSINGS_AMM_20260320.csv"), StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", CrossingRow.COLUMNS));
        return CrossingRow.of(Arrays.asList(lines[line - 1].split(",", -1)));
    }

    static void setChild(Element parent, String name, String text) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (name.equals(child.getLocalName())) {
                child.setTextContent(text);
                return;
            }
        }
        throw new IllegalArgumentException("no " + name + " in the sample");
    }

    static byte[] resource(String name) {
        try (InputStream in = BorderCrossingsTests.class.getResourceAsStream("/border/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
