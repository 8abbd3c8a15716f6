package jo.gov.mol.dwr.mappings.embassy;

import java.util.List;
import java.util.Objects;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * One record of an embassy file (LKA XML, CSV), read: the fact it gives, or its problems. A bad record does not
 * refuse the others of its file.
 *
 * @param line      the physical line at which the record starts, the first line of the file being 1
 * @param reference the record's reference as written, when it has one (for reports of a bad record)
 * @param raw       the record's own text, kept as its raw message
 * @param event     the fact; null when the record is refused
 * @param errors    the problems; empty when the record is read
 */
public record EmbassyFileRecord(long line, String reference, String raw, CanonicalEvent event,
                                List<ValidationError> errors) {
    public EmbassyFileRecord {
        Objects.requireNonNull(raw, "raw");
        errors = List.copyOf(errors);
        if ((event == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a record is either read or refused");
        }
    }

    public boolean isRead() {
        return event != null;
    }

    /**
     * A file record has no message id of its own: it is its embassy (the channel's system) and its reference together
     * with its content (interfaces.md), so that a re-exported unchanged record is a duplicate and a changed one a new
     * version. The content is compared on its canonical values, never on its text.
     */
    public String messageId() {
        if (event == null) {
            return reference;
        }
        return event.reference() + "#" + EventCodec.fingerprint(event).substring(0, 16);
    }
}
