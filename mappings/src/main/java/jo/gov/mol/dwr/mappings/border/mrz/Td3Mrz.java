package jo.gov.mol.dwr.mappings.border.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidValueException;

/**
 * The two 44-character lines of an ICAO 9303 (part 4) TD3 passport machine readable zone, read: {@code <} fillers
 * removed, names split at {@code <<} into the primary identifier (surname) and the secondary identifier (given
 * names), and every check digit checked (weights 7, 3, 1).
 * <p>
 * Line 1: {@code P} and a type letter or filler (1–2), issuing state (3–5), names (6–44). Line 2: passport number
 * (1–9) and its check digit (10), nationality (11–13), birth date YYMMDD (14–19) and its check digit (20), sex
 * (21), expiry date YYMMDD (22–27) and its check digit (28), personal number (29–42) and its check digit (43), and
 * the composite check digit (44) over positions 1–10, 14–20 and 22–43.
 * <p>
 * Names longer than the field are truncated in the zone: what is there is kept, and {@link #namesMayBeTruncated()}
 * says that the field is full.
 *
 * @param documentCode             {@code P}, or {@code P} and the issuing state's type letter
 * @param issuingState             three letters (a code shorter than three keeps no filler)
 * @param primaryIdentifier        the surname, its parts separated by single spaces
 * @param secondaryIdentifier      the given names, separated by single spaces; null when there are none
 * @param documentNumber           the passport number without fillers
 * @param birthDate                in the latest century that puts it on or before the crossing date
 * @param sex                      null when the zone leaves it unspecified ({@code <})
 * @param expiryDate               in the years 2000–2099
 * @param personalNumber           the optional personal number without fillers; null when empty
 * @param namesMayBeTruncated      the name field is full to its last position, so the names may have been cut
 */
public record Td3Mrz(String documentCode, String issuingState, String primaryIdentifier, String secondaryIdentifier,
                     String documentNumber, int documentNumberCheckDigit, String nationality, LocalDate birthDate,
                     Sex sex, LocalDate expiryDate, String personalNumber, int compositeCheckDigit,
                     boolean namesMayBeTruncated) {

    /** The length of each line of a TD3 zone. */
    public static final int LINE_LENGTH = 44;

    private static final char FILLER = '<';
    private static final int[] WEIGHTS = {7, 3, 1};
    private static final String CHARACTERS = "A-Z, 0-9 and <";

    /**
     * Reads both lines. Each line is checked whole (length, characters, every part and check digit) and the first
     * problem of each line is reported.
     *
     * @param crossingDate the date the zone was read (the Amman date of the crossing): a two-digit birth year is
     *                     taken in the latest century that puts the birth date on or before it
     * @throws InvalidMrzException naming, for each bad line, the first problem: {@code required},
     *                             {@code invalid_format} or {@code invalid_check_digit}
     */
    public static Td3Mrz parse(String line1, String line2, LocalDate crossingDate) {
        Objects.requireNonNull(crossingDate, "crossingDate");
        List<InvalidMrzException.Problem> problems = new ArrayList<>();
        Line1 first = null;
        Line2 second = null;
        try {
            first = Line1.read(line1);
        } catch (InvalidValueException e) {
            problems.add(new InvalidMrzException.Problem(1, e.code(), e.getMessage()));
        }
        try {
            second = Line2.read(line2, crossingDate);
        } catch (InvalidValueException e) {
            problems.add(new InvalidMrzException.Problem(2, e.code(), e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMrzException(problems);
        }
        return new Td3Mrz(first.documentCode(), first.issuingState(), first.primary(), first.secondary(),
                second.documentNumber(), second.documentNumberCheckDigit(), second.nationality(), second.birthDate(),
                second.sex(), second.expiryDate(), second.personalNumber(), second.compositeCheckDigit(),
                first.namesFull());
    }

    /**
     * The ICAO 9303 check digit of a field: each character's value (digits as themselves, A–Z as 10–35, the filler
     * as 0) times the weights 7, 3, 1 repeated, summed, modulo 10.
     *
     * @throws InvalidValueException ({@code invalid_format}) for a character that an MRZ does not have
     */
    public static int checkDigit(CharSequence field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        } else if (c == FILLER) {
            return 0;
        }
        throw format("'" + c + "' is not an MRZ character (" + CHARACTERS + ")");
    }

    private record Line1(String documentCode, String issuingState, String primary, String secondary, boolean namesFull) {

        static Line1 read(String line) {
            checkShape(1, line);
            if (line.charAt(0) != 'P') {
                throw format("MRZ line 1 starts with '" + line.charAt(0) + "'; a passport's document code starts with P");
            }
            if (!isLetter(line.charAt(1)) && line.charAt(1) != FILLER) {
                throw format("the document code '" + line.substring(0, 2) + "' is not P followed by a letter or <");
            }
            String issuingState = country(line.substring(2, 5), "issuing state");
            String names = line.substring(5);
            for (int i = 0; i < names.length(); i++) {
                if (!isLetter(names.charAt(i)) && names.charAt(i) != FILLER) {
                    throw format("the name field has '" + names.charAt(i) + "' at position " + (i + 6)
                            + "; names have only A-Z and < fillers");
                }
            }
            int separator = names.indexOf("" + FILLER + FILLER);
            String primary = words(separator < 0 ? names : names.substring(0, separator));
            String secondary = separator < 0 ? "" : words(names.substring(separator + 2));
            if (primary.isEmpty() || names.charAt(0) == FILLER) {
                throw format("the name field '" + names + "' does not start with a primary identifier (surname)");
            }
            return new Line1(stripFillers(line.substring(0, 2)), issuingState, primary,
                    secondary.isEmpty() ? null : secondary, line.charAt(LINE_LENGTH - 1) != FILLER);
        }

        /** The parts of a name separated by fillers, joined by single spaces. */
        private static String words(String part) {
            return Arrays.stream(part.split(FILLER + "+")).filter(w -> !w.isEmpty()).collect(Collectors.joining(" "));
        }
    }

    private record Line2(String documentNumber, int documentNumberCheckDigit, String nationality, LocalDate birthDate,
                         Sex sex, LocalDate expiryDate, String personalNumber, int compositeCheckDigit) {

        static Line2 read(String line, LocalDate crossingDate) {
            checkShape(2, line);
            String number = line.substring(0, 9);
            if (stripFillers(number).isEmpty()) {
                throw format("the passport number is empty");
            }
            int numberCheck = check(number, line.charAt(9), "passport number");
            String nationality = country(line.substring(10, 13), "nationality");
            String birth = line.substring(13, 19);
            LocalDate birthDate = birthDate(birth, crossingDate);
            check(birth, line.charAt(19), "birth date");
            Sex sex = sex(line.charAt(20));
            String expiry = line.substring(21, 27);
            LocalDate expiryDate = expiryDate(expiry);
            check(expiry, line.charAt(27), "expiry date");
            String personal = line.substring(28, 42);
            boolean noPersonalNumber = stripFillers(personal).isEmpty();
            if (noPersonalNumber) {
                char given = line.charAt(42);
                if (given != FILLER && given != '0') {
                    throw checkDigitError("the personal number check digit is " + given
                            + "; for an empty personal number it is < or 0");
                }
            } else {
                check(personal, line.charAt(42), "personal number");
            }
            String composite = line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43);
            int compositeCheck = check(composite, line.charAt(43), "composite");
            return new Line2(number.replace(String.valueOf(FILLER), ""), numberCheck, nationality, birthDate, sex,
                    expiryDate, noPersonalNumber ? null : stripFillers(personal), compositeCheck);
        }

        private static LocalDate birthDate(String yymmdd, LocalDate crossingDate) {
            MonthDay monthDay = monthDay(yymmdd, "birth date");
            int yy = Integer.parseInt(yymmdd.substring(0, 2));
            int latest = crossingDate.getYear() / 100 * 100 + yy;
            for (int year = latest; year >= latest - 100; year -= 100) {
                if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(crossingDate)) {
                    return monthDay.atYear(year);
                }
            }
            throw format("the birth date '" + yymmdd + "' is not a date on or before the crossing (" + crossingDate + ")");
        }

        private static LocalDate expiryDate(String yymmdd) {
            MonthDay monthDay = monthDay(yymmdd, "expiry date");
            int year = 2000 + Integer.parseInt(yymmdd.substring(0, 2));
            if (!monthDay.isValidYear(year)) {
                throw format("the expiry date '" + yymmdd + "' is not a date (YYMMDD, 20YY)");
            }
            return monthDay.atYear(year);
        }

        private static MonthDay monthDay(String yymmdd, String what) {
            for (int i = 0; i < yymmdd.length(); i++) {
                if (!isDigit(yymmdd.charAt(i))) {
                    throw format("the " + what + " '" + yymmdd + "' is not a date (YYMMDD, digits only)");
                }
            }
            try {
                return MonthDay.of(Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
            } catch (DateTimeException e) {
                throw format("the " + what + " '" + yymmdd + "' is not a date (YYMMDD)");
            }
        }

        private static Sex sex(char c) {
            return switch (c) {
                case 'F' -> Sex.F;
                case 'M' -> Sex.M;
                case FILLER -> null;
                default -> throw format("the sex '" + c + "' is not F, M or < (unspecified)");
            };
        }
    }

    /** Checks a field against its check digit and gives the digit. */
    private static int check(String field, char given, String what) {
        int computed = checkDigit(field);
        if (!isDigit(given)) {
            throw checkDigitError("the " + what + " check digit is '" + given + "', not a digit; the computed one is " + computed);
        }
        if (given - '0' != computed) {
            throw checkDigitError("the " + what + " check digit is " + given + ", the computed one is " + computed);
        }
        return computed;
    }

    private static void checkShape(int number, String line) {
        if (line == null || line.isEmpty()) {
            throw new InvalidValueException(ErrorCode.REQUIRED, "MRZ line " + number + " is required");
        }
        if (line.length() != LINE_LENGTH) {
            throw format("MRZ line " + number + " has " + line.length() + " characters; a TD3 passport line has " + LINE_LENGTH);
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!isLetter(c) && !isDigit(c) && c != FILLER) {
                throw format("MRZ line " + number + " has '" + c + "' at position " + (i + 1)
                        + "; an MRZ line has only " + CHARACTERS);
            }
        }
    }

    /** A three-letter code, fillers after the letters allowed (a shorter code); the letters only. */
    private static String country(String code, String what) {
        String letters = stripFillers(code);
        if (letters.isEmpty() || !code.startsWith(letters) || !letters.chars().allMatch(c -> isLetter((char) c))) {
            throw format("the " + what + " '" + code + "' is not a country code (ICAO 9303, three letters or fillers after the letters)");
        }
        return letters;
    }

    private static String stripFillers(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == FILLER) {
            start++;
        }
        while (end > start && s.charAt(end - 1) == FILLER) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static InvalidValueException format(String reason) {
        return new InvalidValueException(ErrorCode.INVALID_FORMAT, reason);
    }

    private static InvalidValueException checkDigitError(String reason) {
        return new InvalidValueException(ErrorCode.INVALID_CHECK_DIGIT, reason);
    }
}
