package jo.gov.mol.dwr.sandbox.embassy;

import java.util.List;

/**
 * A file an embassy drops into its folder of the hub's inbox (interfaces.md 4b, 4c), with what it holds.
 *
 * @param embassy the ISO3 code, also the inbox folder
 * @param content the file's bytes, UTF-8
 * @param records the records in it, each with the line it starts on
 */
public record EmbassyFile(String embassy, String name, byte[] content, List<Entry> records) {

    /**
     * One record of the file.
     *
     * @param line     the physical line it starts on, the first line of the file being 1
     * @param badField the field the hub is to report it by when the record was written broken; null when it is good
     */
    public record Entry(long line, PlannedRecord record, String badField) {
        public boolean isBad() {
            return badField != null;
        }
    }

    public EmbassyFile {
        records = List.copyOf(records);
    }

    public List<Entry> bad() {
        return records.stream().filter(Entry::isBad).toList();
    }
}
