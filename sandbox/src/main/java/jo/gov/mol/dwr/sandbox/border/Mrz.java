package jo.gov.mol.dwr.sandbox.border;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jo.gov.mol.dwr.mappings.border.mrz.Td3Mrz;

/**
 * The two 44-character lines of a TD3 passport's machine readable zone (ICAO 9303 part 4), composed from its data
 * page, as a border post's reader sees them. The hub's reader is {@link Td3Mrz}; its check digit is reused here, so
 * that the two sides cannot disagree on it.
 * <p>
 * Names: spaces and hyphens become {@code <}, anything but A–Z is dropped, surname and given names are separated by
 * {@code <<}, and what does not fit the 39 positions is cut off, as passports do with long names.
 */
public record Mrz(String line1, String line2) {
    private static final int LENGTH = Td3Mrz.LINE_LENGTH;
    private static final int NAME_FIELD = LENGTH - 5;
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final char FILLER = '<';

    public static Mrz of(Passport passport) {
        String line1 = "P" + FILLER + field(passport.issuingState(), 3) + field(names(passport), NAME_FIELD);
        String number = field(passport.number(), 9);
        String birth = date(passport.birthDate());
        String expiry = date(passport.expiryDate());
        String personal = field(passport.personalNumber() == null ? "" : passport.personalNumber(), 14);
        String numberPart = number + check(number);
        String birthPart = birth + check(birth);
        String expiryAndPersonal = expiry + check(expiry) + personal + check(personal);
        String composite = numberPart + birthPart + expiryAndPersonal;
        String line2 = numberPart + field(passport.nationality(), 3) + birthPart + sex(passport.sex()) + expiryAndPersonal
                + check(composite);
        return new Mrz(line1, line2);
    }

    /** Whether a passport of these names carries them cut in its zone: they need more than its 39 positions. */
    public static boolean cuts(String surname, String givenNames) {
        return names(surname, givenNames).length() > NAME_FIELD;
    }

    private static String names(Passport passport) {
        return names(passport.surname(), passport.givenNames());
    }

    private static String names(String surname, String givenNames) {
        String primary = identifier(surname);
        String secondary = givenNames == null ? "" : identifier(givenNames);
        return secondary.isEmpty() ? primary : primary + FILLER + FILLER + secondary;
    }

    /** A name in the zone's alphabet: words joined by one filler. */
    private static String identifier(String name) {
        String letters = name.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", String.valueOf(FILLER)).replaceAll("[^A-Z<]", "");
        return letters.replaceAll("^<+|<+$", "");
    }

    /** The value cut or padded with fillers to the field's width. */
    private static String field(String value, int width) {
        String cut = value.length() > width ? value.substring(0, width) : value;
        return cut + String.valueOf(FILLER).repeat(width - cut.length());
    }

    private static String date(LocalDate date) {
        return YYMMDD.format(date);
    }

    private static char sex(String sex) {
        return sex == null || sex.isEmpty() ? FILLER : sex.charAt(0);
    }

    private static char check(String field) {
        return (char) ('0' + Td3Mrz.checkDigit(field));
    }
}
