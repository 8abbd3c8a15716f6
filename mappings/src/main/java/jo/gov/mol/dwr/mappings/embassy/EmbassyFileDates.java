package jo.gov.mol.dwr.mappings.embassy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import jo.gov.mol.dwr.mappings.canonical.EmbassyRecordTime;
import jo.gov.mol.dwr.mappings.validation.InvalidValueException;

/** The embassies' files write dates as {@code dd/MM/yyyy} and date their records by day (interfaces.md 4b, 4c). */
final class EmbassyFileDates {
    static final EmbassyRecordMapper.Forms FORMS =
            new EmbassyRecordMapper.Forms(value -> EmbassyRecordTime.on(date(value)), EmbassyFileDates::date);

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private EmbassyFileDates() {
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value, DAY_MONTH_YEAR);
        } catch (DateTimeException e) {
            throw InvalidValueException.format(value, "a date", "dd/MM/yyyy");
        }
    }
}
