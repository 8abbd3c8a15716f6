package jo.gov.mol.dwr.routes.filedrop;

import java.util.Objects;

import org.springframework.util.unit.DataSize;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * An inbox folder as a channel: the system its files come from, the account their messages are logged under, and
 * how large one file may be (a larger one is refused whole, unread).
 */
public record DropChannel(SourceSystem system, String account, DataSize maxFileSize) {
    public DropChannel {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(maxFileSize, "maxFileSize");
    }
}
