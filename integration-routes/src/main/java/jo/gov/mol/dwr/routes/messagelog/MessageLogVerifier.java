package jo.gov.mol.dwr.routes.messagelog;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.EventCodec;

/**
 * Checks the message log: every chained entry's raw message still has its SHA-256, and every chain hash follows
 * from the one before. Names the first entry that breaks the chain; entries not yet chained are counted.
 */
@Component
public class MessageLogVerifier {
    private static final String GENESIS = "0".repeat(64);

    private final JdbcTemplate jdbc;

    MessageLogVerifier(@Qualifier("hubJdbc") JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The result of a check; {@code firstBroken} is null when the chain holds. */
    public record Verification(boolean intact, long entriesChecked, long entriesPending, BrokenEntry firstBroken) {
    }

    public record BrokenEntry(long id, long chainSeq, String system, String messageId, String reason) {
    }

    public Verification verify() {
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> previous = new AtomicReference<>(GENESIS);
        AtomicReference<BrokenEntry> broken = new AtomicReference<>();
        jdbc.query("""
                select id, chain_seq, source_system, message_id, account, received_at, raw_sha256, chain_hash, raw_message
                from inbound_message where chain_seq is not null order by chain_seq""", rs -> {
            if (broken.get() != null) {
                return;
            }
            long id = rs.getLong(1);
            long seq = rs.getLong(2);
            LinkFields entry = new LinkFields(id, rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7));
            String chainHash = rs.getString(8);
            byte[] raw = rs.getBytes(9);
            checked.incrementAndGet();
            String reason = null;
            if (seq != checked.get()) {
                reason = "chain sequence " + seq + " where " + checked.get() + " was expected: an entry is missing";
            } else if (!EventCodec.sha256(raw).equals(entry.rawSha256())) {
                reason = "the raw message no longer has the SHA-256 logged for it";
            } else if (!ChainLink.hash(previous.get(), seq, entry).equals(chainHash)) {
                reason = "the chain hash does not follow from the entry and the one before it";
            }
            if (reason != null) {
                broken.set(new BrokenEntry(id, seq, entry.system(), entry.messageId(), reason));
            }
            previous.set(chainHash);
        });
        Long pending = jdbc.queryForObject("select count(*) from inbound_message where chain_seq is null", Long.class);
        return new Verification(broken.get() == null, checked.get(), pending == null ? 0 : pending, broken.get());
    }
}
