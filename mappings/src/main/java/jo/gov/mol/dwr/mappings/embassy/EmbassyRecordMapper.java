package jo.gov.mol.dwr.mappings.embassy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Currency;
import jo.gov.mol.dwr.mappings.canonical.EmbassyRecordTime;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.Money;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.FieldErrors;
import jo.gov.mol.dwr.mappings.validation.InvalidValueException;

/**
 * The one mapping of an embassy record to the canonical {@link ContractAttested} or {@link WelfareCaseRecorded},
 * whichever channel gave it: the channel names the fields and reads its own forms of time and date; the rules are
 * checked here alike. The embassy is the channel's country, and the worker's issuing state is taken to be it
 * (interfaces.md: a nationality but no issuing state).
 */
final class EmbassyRecordMapper {
    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 2000;

    /** The names a channel gives the fields of a record, by which their problems are reported. */
    record Fields(String kind, String reference, String time, String passportNo, String name, String birthDate,
                  String sex, String officeLicenceNo, String employerId, String salaryAmount, String currency,
                  String status, String category, String reason, String summary) {
    }

    /** How a channel writes its times and dates. */
    record Forms(Function<String, EmbassyRecordTime> time, Function<String, LocalDate> date) {
    }

    private final CountryCode embassy;
    private final Fields fields;
    private final Forms forms;
    private final FieldErrors errors;

    EmbassyRecordMapper(CountryCode embassy, Fields fields, Forms forms, FieldErrors errors) {
        this.embassy = embassy;
        this.fields = fields;
        this.forms = forms;
        this.errors = errors;
    }

    /**
     * @throws jo.gov.mol.dwr.mappings.validation.InvalidMessageException with every problem found, including those
     *                                                                   already in the errors given
     */
    CanonicalEvent map(EmbassyRecord raw) {
        String kind = errors.required(fields.kind(), raw.kind(), EmbassyRecordMapper::kind);
        Reference reference = errors.required(fields.reference(), raw.reference(), Reference::of);
        EmbassyRecordTime time = errors.required(fields.time(), raw.time(), forms.time());
        WorkerIdentity worker = worker(raw);
        NationalId employer = errors.optional(fields.employerId(), raw.employerId(), NationalId::of);
        if (EmbassyRecord.WELFARE_CASE.equals(kind)) {
            LicenceNo office = errors.optional(fields.officeLicenceNo(), raw.officeLicenceNo(), LicenceNo::of);
            WelfareCategory category = errors.required(fields.category(), raw.category(),
                    value -> constant(WelfareCategory.class, value));
            String summary = errors.optional(fields.summary(), raw.summary(), value -> text(value, MAX_TEXT));
            errors.throwIfAny();
            return new WelfareCaseRecorded(embassy, reference, time, worker, office, employer, category, summary);
        }
        LicenceNo office = errors.required(fields.officeLicenceNo(), raw.officeLicenceNo(), LicenceNo::of);
        Money salary = salary(raw);
        AttestationStatus status = errors.required(fields.status(), raw.status(),
                value -> constant(AttestationStatus.class, value));
        String reason = status == AttestationStatus.REFUSED
                ? errors.required(fields.reason(), raw.reason(), value -> text(value, MAX_TEXT))
                : errors.optional(fields.reason(), raw.reason(), value -> text(value, MAX_TEXT));
        errors.throwIfAny();
        return new ContractAttested(embassy, reference, time, worker, office, employer, salary, status, reason);
    }

    private WorkerIdentity worker(EmbassyRecord raw) {
        PassportNo passport = errors.required(fields.passportNo(), raw.passportNo(), PassportNo::of);
        String name = errors.required(fields.name(), raw.name(), value -> text(value, MAX_NAME));
        LocalDate birthDate = errors.required(fields.birthDate(), raw.birthDate(), forms.date());
        Sex sex = errors.required(fields.sex(), raw.sex(), value -> constant(Sex.class, value));
        if (passport == null || name == null) {
            return null;
        }
        return new WorkerIdentity(new PassportRef(embassy, passport), embassy, name.replaceAll("\\s+", " "), null,
                birthDate, sex);
    }

    private Money salary(EmbassyRecord raw) {
        BigDecimal amount = errors.required(fields.salaryAmount(), raw.salaryAmount(), EmbassyRecordMapper::amount);
        Currency currency = errors.required(fields.currency(), raw.currency(), value -> constant(Currency.class, value));
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    private static String kind(String value) {
        if (EmbassyRecord.ATTESTATION.equals(value) || EmbassyRecord.WELFARE_CASE.equals(value)) {
            return value;
        }
        throw new InvalidValueException(ErrorCode.INVALID_VALUE,
                "'" + value + "' is not a record type (ATTESTATION or WELFARE_CASE)");
    }

    private static BigDecimal amount(String value) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw InvalidValueException.format(value, "an amount", "a decimal number such as 400 or 300.50");
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException(ErrorCode.OUT_OF_RANGE,
                    "'" + value + "' is not a monthly salary: above 0, with at most 2 decimals");
        }
        return amount;
    }

    private static String text(String value, int max) {
        if (value.length() > max) {
            throw new InvalidValueException(ErrorCode.TOO_LONG, "longer than " + max + " characters");
        }
        return value;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name());
        }
        throw new InvalidValueException(ErrorCode.INVALID_VALUE, "'" + value + "' is not one of " + allowed);
    }
}
