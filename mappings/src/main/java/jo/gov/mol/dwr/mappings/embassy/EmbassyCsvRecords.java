package jo.gov.mol.dwr.mappings.embassy;

import java.util.List;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.validation.FieldErrors;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;

/**
 * The CSV files of the embassies without a channel of their own (interfaces.md 4c): one row per attestation or
 * welfare case, problems named by column. Reading the file itself (quoted fields, line numbers) is the hub's.
 */
public final class EmbassyCsvRecords {
    /** The file's header, in order. */
    public static final List<String> COLUMNS = List.of("record_type", "reference", "event_date", "passport_no",
            "full_name", "date_of_birth", "sex", "office_licence_no", "employer_id", "monthly_salary", "currency",
            "status", "category", "reason");

    private static final EmbassyRecordMapper.Fields FIELDS = new EmbassyRecordMapper.Fields("record_type", "reference",
            "event_date", "passport_no", "full_name", "date_of_birth", "sex", "office_licence_no", "employer_id",
            "monthly_salary", "currency", "status", "category", "reason", "summary");

    /** The embassies that send these files. */
    public static final List<String> EMBASSIES = List.of("KEN", "UGA", "ETH", "BGD", "NPL", "GHA", "IDN");

    private EmbassyCsvRecords() {
    }

    /**
     * Reads one row, its values in the order of {@link #COLUMNS} (missing trailing values are absent).
     *
     * @param line the row's physical line in its file, the header being line 1
     * @param raw  the row's text, kept as its raw message
     */
    public static EmbassyFileRecord read(CountryCode embassy, List<String> values, long line, String raw) {
        EmbassyRecord record = new EmbassyRecord(at(values, 0), at(values, 1), at(values, 2), at(values, 3),
                at(values, 4), at(values, 5), at(values, 6), at(values, 7), at(values, 8), at(values, 9),
                at(values, 10), at(values, 11), at(values, 12), at(values, 13), null);
        String reference = record.reference() == null || record.reference().isBlank() ? null : record.reference().strip();
        try {
            return new EmbassyFileRecord(line, reference, raw, new EmbassyRecordMapper(embassy, FIELDS,
                    EmbassyFileDates.FORMS, new FieldErrors()).map(record), List.of());
        } catch (InvalidMessageException refused) {
            return new EmbassyFileRecord(line, reference, raw, null, refused.errors());
        }
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }
}
