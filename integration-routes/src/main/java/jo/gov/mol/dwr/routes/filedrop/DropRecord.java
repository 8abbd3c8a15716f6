package jo.gov.mol.dwr.routes.filedrop;

import java.util.List;
import java.util.Objects;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * One record of a dropped file, read: the fact it states, or its problems. A bad record does not refuse the
 * others of its file.
 *
 * @param line      the physical line the record starts on, the first line of the file being 1
 * @param messageId the record's message id; for a refused record whatever id could be read, or null
 * @param raw       the record's own bytes, kept in the message log or as the dead letter
 * @param event     the fact; null when the record is refused
 * @param errors    the problems; empty when the record is read
 */
public record DropRecord(long line, String messageId, byte[] raw, CanonicalEvent event, List<ValidationError> errors) {
    public DropRecord {
        Objects.requireNonNull(raw, "raw");
        errors = List.copyOf(errors);
        if ((event == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a record is either read or refused");
        }
        if (event != null) {
            Objects.requireNonNull(messageId, "messageId");
        }
    }

    public static DropRecord read(long line, String messageId, byte[] raw, CanonicalEvent event) {
        return new DropRecord(line, messageId, raw, event, List.of());
    }

    public static DropRecord refused(long line, String messageId, byte[] raw, List<ValidationError> errors) {
        return new DropRecord(line, messageId, raw, null, errors);
    }

    boolean isRead() {
        return event != null;
    }
}
