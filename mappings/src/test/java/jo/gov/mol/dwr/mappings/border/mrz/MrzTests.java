package jo.gov.mol.dwr.mappings.border.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;

/** ICAO 9303 part 4 TD3 zones: the specimens read exactly, every check digit and the form of each part checked. */
class MrzTests {
    /** The specimen of ICAO 9303 part 4 (Utopia). */
    static final String UTOPIA_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String UTOPIA_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    /** The example of interfaces.md 3a. */
    static final String MARIA_1 = "P<PHLDELA<CRUZ<<MARIA<CLARA<SANTOS<<<<<<<<<<";
    static final String MARIA_2 = "P1234567A1PHL9407152F3107140<<<<<<<<<<<<<<08";
    static final LocalDate CROSSING = LocalDate.of(2026, 3, 20);

    @Nested
    class Specimens {

        @Test
        void readsTheIcaoUtopiaSpecimen() {
            Td3Mrz mrz = Td3Mrz.parse(UTOPIA_1, UTOPIA_2, CROSSING);

            assertThat(mrz).isEqualTo(new Td3Mrz("P", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", 6, "UTO",
                    LocalDate.of(1974, 8, 12), Sex.F, LocalDate.of(2012, 4, 15), "ZE184226B", 0, false));
        }

        @Test
        void readsTheExampleOfTheInterfaceDocument() {
            Td3Mrz mrz = Td3Mrz.parse(MARIA_1, MARIA_2, CROSSING);

            assertThat(mrz).isEqualTo(new Td3Mrz("P", "PHL", "DELA CRUZ", "MARIA CLARA SANTOS", "P1234567A", 1, "PHL",
                    LocalDate.of(1994, 7, 15), Sex.F, LocalDate.of(2031, 7, 14), null, 8, false));
        }

        @Test
        void computesTheSpecimensCheckDigitsWithWeights731() {
            assertThat(Td3Mrz.checkDigit("L898902C3")).isEqualTo(6);
            assertThat(Td3Mrz.checkDigit("740812")).isEqualTo(2);
            assertThat(Td3Mrz.checkDigit("120415")).isEqualTo(9);
            assertThat(Td3Mrz.checkDigit("ZE184226B<<<<<")).isEqualTo(1);
            assertThat(Td3Mrz.checkDigit("L898902C36" + "7408122" + "1204159ZE184226B<<<<<1")).isEqualTo(0);
            assertThat(Td3Mrz.checkDigit("P1234567A")).isEqualTo(1);
            assertThat(Td3Mrz.checkDigit("P1234567A1" + "9407152" + "3107140<<<<<<<<<<<<<<0")).isEqualTo(8);
        }

        @Test
        void readsThePersonalNumberAndItsOwnCheckDigit() {
            String line2 = line2("AB1234567", "LKA", "880229", 'M', "300101", "19880229X123");

            Td3Mrz mrz = Td3Mrz.parse(line1("LKA", "PERERA<<KASUN"), line2, CROSSING);

            assertThat(mrz.personalNumber()).isEqualTo("19880229X123");
            assertThat(mrz.birthDate()).isEqualTo(LocalDate.of(1988, 2, 29));
            assertThat(mrz.sex()).isEqualTo(Sex.M);
        }
    }

    @Nested
    class Names {

        @Test
        void splitsMultiPartSurnameAndGivenNamesAtTheDoubleFiller() {
            Td3Mrz mrz = Td3Mrz.parse(line1("IDN", "SRI<WAHYUNI<PUTRI<<DEWI<AYU<KARTIKA"), MARIA_2, CROSSING);

            assertThat(mrz.primaryIdentifier()).isEqualTo("SRI WAHYUNI PUTRI");
            assertThat(mrz.secondaryIdentifier()).isEqualTo("DEWI AYU KARTIKA");
        }

        @Test
        void readsASurnameAloneWithoutGivenNames() {
            Td3Mrz mrz = Td3Mrz.parse(line1("IDN", "SUKARNI"), MARIA_2, CROSSING);

            assertThat(mrz.primaryIdentifier()).isEqualTo("SUKARNI");
            assertThat(mrz.secondaryIdentifier()).isNull();
            assertThat(mrz.namesMayBeTruncated()).isFalse();
        }

        @Test
        void keepsWhatIsThereOfNamesTruncatedToTheField() {
            String line1 = ("P<PHL" + "VILLANUEVA<DE<LOS<SANTOS<<MARIA<CONCEPCION<ESPERANZA").substring(0, 44);

            Td3Mrz mrz = Td3Mrz.parse(line1, MARIA_2, CROSSING);

            assertThat(mrz.primaryIdentifier()).isEqualTo("VILLANUEVA DE LOS SANTOS");
            assertThat(mrz.secondaryIdentifier()).isEqualTo("MARIA CONCEPC");
            assertThat(mrz.namesMayBeTruncated()).isTrue();
        }

        @Test
        void readsASurnameThatFillsTheWholeField() {
            String line1 = "P<GHA" + "A".repeat(39);

            Td3Mrz mrz = Td3Mrz.parse(line1, MARIA_2, CROSSING);

            assertThat(mrz.primaryIdentifier()).isEqualTo("A".repeat(39));
            assertThat(mrz.secondaryIdentifier()).isNull();
            assertThat(mrz.namesMayBeTruncated()).isTrue();
        }
    }

    @Nested
    class Dates {

        @Test
        void putsABirthYearInTheLatestCenturyNotAfterTheCrossing() {
            assertThat(birthDate("250101", CROSSING)).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(birthDate("300101", CROSSING)).isEqualTo(LocalDate.of(1930, 1, 1));
            assertThat(birthDate("260320", CROSSING)).isEqualTo(LocalDate.of(2026, 3, 20));
            assertThat(birthDate("260321", CROSSING)).isEqualTo(LocalDate.of(1926, 3, 21));
            assertThat(birthDate("991231", CROSSING)).isEqualTo(LocalDate.of(1999, 12, 31));
            assertThat(birthDate("000229", CROSSING)).isEqualTo(LocalDate.of(2000, 2, 29));
        }

        @Test
        void putsAnExpiryYearInThe2000s() {
            assertThat(expiryDate("991231")).isEqualTo(LocalDate.of(2099, 12, 31));
            assertThat(expiryDate("000101")).isEqualTo(LocalDate.of(2000, 1, 1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"7408A2", "741312", "740832", "010229"})
        void refusesABirthDateThatIsNotADate(String birth) {
            String line2 = line2("P1234567A", "PHL", birth, 'F', "310714", "");

            assertProblem(MARIA_1, line2, 2, ErrorCode.INVALID_FORMAT, "the birth date '" + birth + "'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"31O714", "310229", "310014"})
        void refusesAnExpiryDateThatIsNotADate(String expiry) {
            String line2 = line2("P1234567A", "PHL", "940715", 'F', expiry, "");

            assertProblem(MARIA_1, line2, 2, ErrorCode.INVALID_FORMAT, "the expiry date '" + expiry + "'");
        }

        private static LocalDate birthDate(String birth, LocalDate crossing) {
            return Td3Mrz.parse(MARIA_1, line2("P1234567A", "PHL", birth, 'F', "310714", ""), crossing).birthDate();
        }

        private static LocalDate expiryDate(String expiry) {
            return Td3Mrz.parse(MARIA_1, line2("P1234567A", "PHL", "940715", 'F', expiry, ""), CROSSING).expiryDate();
        }
    }

    @Nested
    class CheckDigits {

        static Stream<Arguments> alteredCheckDigits() {
            return Stream.of(
                    arguments(10, '7', "the passport number check digit is 7, the computed one is 6"),
                    arguments(20, '3', "the birth date check digit is 3, the computed one is 2"),
                    arguments(28, '8', "the expiry date check digit is 8, the computed one is 9"),
                    arguments(43, '2', "the personal number check digit is 2, the computed one is 1"),
                    arguments(44, '9', "the composite check digit is 9, the computed one is 0"),
                    arguments(20, '<', "the birth date check digit is '<', not a digit; the computed one is 2"));
        }

        @ParameterizedTest
        @MethodSource("alteredCheckDigits")
        void refusesEachAlteredCheckDigitNamingIt(int position, char digit, String reason) {
            String line2 = UTOPIA_2.substring(0, position - 1) + digit + UTOPIA_2.substring(position);

            assertProblem(UTOPIA_1, line2, 2, ErrorCode.INVALID_CHECK_DIGIT, reason);
        }

        @Test
        void refusesTheExampleWithItsCompositeAltered() {
            assertProblem(MARIA_1, MARIA_2.substring(0, 43) + "7", 2, ErrorCode.INVALID_CHECK_DIGIT,
                    "the composite check digit is 7, the computed one is 8");
        }

        @Test
        void refusesADocumentNumberAlteredUnderItsCheckDigit() {
            String line2 = "L898903C36" + UTOPIA_2.substring(10);

            assertProblem(UTOPIA_1, line2, 2, ErrorCode.INVALID_CHECK_DIGIT,
                    "the passport number check digit is 6, the computed one is 3");
        }

        @ParameterizedTest
        @ValueSource(chars = {'<', '0'})
        void acceptsAFillerOrZeroAsTheCheckDigitOfAnEmptyPersonalNumber(char check) {
            String body = MARIA_2.substring(0, 42) + check;
            String line2 = body + Td3Mrz.checkDigit(body.substring(0, 10) + body.substring(13, 20) + body.substring(21, 43));

            assertThat(Td3Mrz.parse(MARIA_1, line2, CROSSING).personalNumber()).isNull();
        }

        @Test
        void refusesAnyOtherCheckDigitOfAnEmptyPersonalNumber() {
            String line2 = MARIA_2.substring(0, 42) + "5" + MARIA_2.charAt(43);

            assertProblem(MARIA_1, line2, 2, ErrorCode.INVALID_CHECK_DIGIT,
                    "the personal number check digit is 5; for an empty personal number it is < or 0");
        }
    }

    @Nested
    class Form {

        @Test
        void refusesLinesOf43And45Characters() {
            assertProblem(MARIA_1.substring(0, 43), MARIA_2, 1, ErrorCode.INVALID_FORMAT,
                    "MRZ line 1 has 43 characters; a TD3 passport line has 44");
            assertProblem(MARIA_1, MARIA_2 + "<", 2, ErrorCode.INVALID_FORMAT,
                    "MRZ line 2 has 45 characters; a TD3 passport line has 44");
        }

        @Test
        void refusesLowercase() {
            assertProblem(MARIA_1.toLowerCase(), MARIA_2, 1, ErrorCode.INVALID_FORMAT,
                    "MRZ line 1 has 'p' at position 1; an MRZ line has only A-Z, 0-9 and <");
            assertProblem(MARIA_1, "p" + MARIA_2.substring(1), 2, ErrorCode.INVALID_FORMAT,
                    "MRZ line 2 has 'p' at position 1");
        }

        @Test
        void refusesSpacesAndPunctuation() {
            assertProblem(MARIA_1.replace("DELA<CRUZ", "DELA CRUZ"), MARIA_2, 1, ErrorCode.INVALID_FORMAT,
                    "has ' ' at position 10");
        }

        @Test
        void refusesAZoneThatIsNotAPassport() {
            assertProblem("I" + MARIA_1.substring(1), MARIA_2, 1, ErrorCode.INVALID_FORMAT,
                    "a passport's document code starts with P");
        }

        @Test
        void refusesCountryCodesThatAreNotLetters() {
            assertProblem("P<PH1" + MARIA_1.substring(5), MARIA_2, 1, ErrorCode.INVALID_FORMAT, "the issuing state 'PH1'");
            assertProblem(MARIA_1, MARIA_2.substring(0, 10) + "<PH" + MARIA_2.substring(13), 2, ErrorCode.INVALID_FORMAT,
                    "the nationality '<PH'");
        }

        @Test
        void readsACountryCodeShorterThanThreeLetters() {
            String line1 = "P<D<<" + MARIA_1.substring(5);

            assertThat(Td3Mrz.parse(line1, MARIA_2, CROSSING).issuingState()).isEqualTo("D");
        }

        @Test
        void refusesDigitsInTheNames() {
            assertProblem(MARIA_1.replace("CRUZ", "CRU2"), MARIA_2, 1, ErrorCode.INVALID_FORMAT,
                    "the name field has '2' at position 14");
        }

        @Test
        void refusesANameFieldWithoutSurname() {
            assertProblem("P<PHL<<MARIA" + "<".repeat(32), MARIA_2, 1, ErrorCode.INVALID_FORMAT,
                    "does not start with a primary identifier");
        }

        @Test
        void readsAnUnspecifiedSexAsNone() {
            String line2 = line2("P1234567A", "PHL", "940715", '<', "310714", "");

            assertThat(Td3Mrz.parse(MARIA_1, line2, CROSSING).sex()).isNull();
        }

        @Test
        void refusesAnyOtherSex() {
            String line2 = line2("P1234567A", "PHL", "940715", 'X', "310714", "");

            assertProblem(MARIA_1, line2, 2, ErrorCode.INVALID_FORMAT, "the sex 'X' is not F, M or < (unspecified)");
        }

        @Test
        void requiresBothLines() {
            assertProblem(null, MARIA_2, 1, ErrorCode.REQUIRED, "MRZ line 1 is required");
            assertProblem(MARIA_1, "", 2, ErrorCode.REQUIRED, "MRZ line 2 is required");
        }

        @Test
        void reportsTheFirstProblemOfEachLine() {
            InvalidMrzException e = catchThrowableOfType(
                    () -> Td3Mrz.parse(MARIA_1.toLowerCase(), MARIA_2.substring(0, 43) + "7", CROSSING),
                    InvalidMrzException.class);

            assertThat(e.problems()).extracting(InvalidMrzException.Problem::line, InvalidMrzException.Problem::code)
                    .containsExactly(tuple(1, ErrorCode.INVALID_FORMAT), tuple(2, ErrorCode.INVALID_CHECK_DIGIT));
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FORMAT);
        }
    }

    private static void assertProblem(String line1, String line2, int line, ErrorCode code, String reason) {
        InvalidMrzException e = catchThrowableOfType(() -> Td3Mrz.parse(line1, line2, CROSSING), InvalidMrzException.class);

        assertThat(e).as("refused").isNotNull();
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.reason()).contains(reason);
        });
    }

    /** A first line: P, no type, the state and the names padded with fillers (or cut) to 44 characters. */
    static String line1(String state, String names) {
        return pad("P<" + state + names, 44);
    }

    /** A second line with correct check digits (an empty personal number with the filler check digit). */
    static String line2(String number, String nationality, String birth, char sex, String expiry, String personal) {
        String no = pad(number, 9);
        String pn = pad(personal, 14);
        String body = no + Td3Mrz.checkDigit(no) + nationality + birth + Td3Mrz.checkDigit(birth) + sex
                + expiry + Td3Mrz.checkDigit(expiry) + pn + (personal.isEmpty() ? "<" : Td3Mrz.checkDigit(pn));
        return body + Td3Mrz.checkDigit(body.substring(0, 10) + body.substring(13, 20) + body.substring(21, 43));
    }

    private static String pad(String s, int length) {
        return s.length() >= length ? s.substring(0, length) : s + "<".repeat(length - s.length());
    }
}
