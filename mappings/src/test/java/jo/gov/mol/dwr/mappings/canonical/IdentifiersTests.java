package jo.gov.mol.dwr.mappings.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidValueException;

/** Each identifier accepts its published form (interfaces.md) and refuses anything else, naming the bad value. */
class IdentifiersTests {

    static Stream<Arguments> publishedForms() {
        return Stream.of(
                arguments("LicenceNo", parser(LicenceNo::of), "RO-0142"),
                arguments("NationalId", parser(NationalId::of), "9871234567"),
                arguments("RequestId", parser(RequestId::of), "MOL-REQ-2026-000123"),
                arguments("ApprovalNo", parser(ApprovalNo::of), "MOI-APR-2026-000456"),
                arguments("PermitNo", parser(PermitNo::of), "WP-2026-0001234"),
                arguments("CountryCode", parser(CountryCode::of), "PHL"),
                arguments("PassportNo", parser(PassportNo::of), "P1234567A"),
                arguments("PassportNo", parser(PassportNo::of), "AB 123-456"),
                arguments("Reference", parser(Reference::of), "CMP-2026-000045"),
                arguments("Reference", parser(Reference::of), "LK-ATT-2026-00077"),
                arguments("Reference", parser(Reference::of), "case/2026_07.b"));
    }

    static Stream<Arguments> otherForms() {
        return Stream.of(
                arguments("LicenceNo", parser(LicenceNo::of), "RO-142", "RO-NNNN"),
                arguments("LicenceNo", parser(LicenceNo::of), "RO-01420", "RO-NNNN"),
                arguments("LicenceNo", parser(LicenceNo::of), "ro-0142", "RO-NNNN"),
                arguments("LicenceNo", parser(LicenceNo::of), "RO 0142", "RO-NNNN"),
                arguments("NationalId", parser(NationalId::of), "987123456", "10 digits"),
                arguments("NationalId", parser(NationalId::of), "98712345678", "10 digits"),
                arguments("NationalId", parser(NationalId::of), "98712345a7", "10 digits"),
                arguments("RequestId", parser(RequestId::of), "MOL-REQ-26-000123", "MOL-REQ-YYYY-NNNNNN"),
                arguments("RequestId", parser(RequestId::of), "MOL-REQ-2026-123", "MOL-REQ-YYYY-NNNNNN"),
                arguments("RequestId", parser(RequestId::of), "MOI-APR-2026-000123", "MOL-REQ-YYYY-NNNNNN"),
                arguments("ApprovalNo", parser(ApprovalNo::of), "MOI-APR-2026-45", "MOI-APR-YYYY-NNNNNN"),
                arguments("ApprovalNo", parser(ApprovalNo::of), "MOL-REQ-2026-000456", "MOI-APR-YYYY-NNNNNN"),
                arguments("PermitNo", parser(PermitNo::of), "WP-2026-001234", "WP-YYYY-NNNNNNN"),
                arguments("PermitNo", parser(PermitNo::of), "WP-26-0001234", "WP-YYYY-NNNNNNN"),
                arguments("CountryCode", parser(CountryCode::of), "phl", "alpha-3"),
                arguments("CountryCode", parser(CountryCode::of), "PH", "alpha-3"),
                arguments("CountryCode", parser(CountryCode::of), "PHIL", "alpha-3"),
                arguments("PassportNo", parser(PassportNo::of), "-1234567", "letters, digits"),
                arguments("PassportNo", parser(PassportNo::of), "P1234567A!", "letters, digits"),
                arguments("PassportNo", parser(PassportNo::of), "P12345678901234567890", "up to 20"),
                arguments("Reference", parser(Reference::of), "-CMP-1", "up to 40"),
                arguments("Reference", parser(Reference::of), "CMP 2026", "up to 40"),
                arguments("Reference", parser(Reference::of), "R".repeat(41), "up to 40"));
    }

    static Stream<Arguments> everyIdentifier() {
        return Stream.of(
                arguments("LicenceNo", parser(LicenceNo::of)),
                arguments("NationalId", parser(NationalId::of)),
                arguments("RequestId", parser(RequestId::of)),
                arguments("ApprovalNo", parser(ApprovalNo::of)),
                arguments("PermitNo", parser(PermitNo::of)),
                arguments("CountryCode", parser(CountryCode::of)),
                arguments("PassportNo", parser(PassportNo::of)),
                arguments("Reference", parser(Reference::of)));
    }

    @ParameterizedTest(name = "{0} accepts {2}")
    @MethodSource("publishedForms")
    void acceptsItsPublishedForm(String type, Function<String, Object> of, String value) {
        assertThat(of.apply(value)).hasToString(value);
    }

    @ParameterizedTest(name = "{0} refuses ''{2}''")
    @MethodSource("otherForms")
    void refusesOtherFormsNamingTheValueAndWhatIsAllowed(String type, Function<String, Object> of, String value,
                                                         String allowed) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> of.apply(value))
                .withMessageContaining("'" + value + "'")
                .withMessageContaining(allowed)
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FORMAT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyIdentifier")
    void refusesEmptyAndAbsentValues(String type, Function<String, Object> of) {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> of.apply(""));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> of.apply(null));
    }

    @Test
    void keepsAPassportNumberTrimmedAndInUpperCase() {
        assertThat(PassportNo.of("  p1234567a ")).isEqualTo(PassportNo.of("P1234567A"));
    }

    @Test
    void foldsPassportSpacesHyphensAndLookalikeLetters() {
        assertThat(PassportNo.of("p o12-345 i").folded()).isEqualTo("P0123451");
        assertThat(PassportNo.of("OI-0I0").folded()).isEqualTo("01010");
    }

    @Test
    void foldsTwoSpellingsOfOnePassportAlike() {
        assertThat(PassportNo.of("EC 1234-567").folded()).isEqualTo(PassportNo.of("ec1234567").folded());
        assertThat(PassportNo.of("P12O4567A").folded()).isEqualTo(PassportNo.of("P1204567A").folded());
        assertThat(PassportNo.of("P1234567A").folded()).isNotEqualTo(PassportNo.of("P1234567B").folded());
    }

    @Test
    void keysAPassportByIssuingStateAndFoldedNumber() {
        PassportRef typedByHand = new PassportRef(CountryCode.of("PHL"), PassportNo.of("p-o123 456"));

        assertThat(typedByHand.key()).isEqualTo("PHL:P0123456");
        assertThat(typedByHand.key()).isEqualTo(new PassportRef(CountryCode.of("PHL"), PassportNo.of("P0123456")).key());
        assertThat(typedByHand.key()).isNotEqualTo(new PassportRef(CountryCode.of("LKA"), PassportNo.of("P0123456")).key());
    }

    private static Function<String, Object> parser(Function<String, ?> of) {
        return of::apply;
    }
}
