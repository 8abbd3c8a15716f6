package jo.gov.mol.dwr.routes.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * The inbound message log: every accepted message exactly as received, with its SHA-256. Entries are chained
 * afterwards by {@link jo.gov.mol.dwr.routes.messagelog.MessageLogChainer}, so that writing one never waits for
 * another. Only accepted messages are here: a refused one may be corrected and sent again under its id.
 */
@Component
public class InboundLog {
    private final JdbcTemplate jdbc;

    InboundLog(@Qualifier("hubJdbc") JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An earlier acceptance of a message id: when, and the fingerprint of the fact it stated. */
    public record Entry(long id, Instant receivedAt, String fingerprint) {
    }

    public Optional<Entry> find(SourceSystem system, String messageId) {
        List<Entry> found = jdbc.query(
                "select id, received_at, fingerprint from inbound_message where source_system = ? and message_id = ?",
                (rs, i) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3)),
                system.name(), messageId);
        return found.stream().findFirst();
    }

    /** Appends an entry; the caller's transaction decides whether it stays. */
    public Entry append(Submission submission, Instant receivedAt, String rawSha256, String fingerprint) {
        Instant at = receivedAt.truncatedTo(ChronoUnit.MILLIS);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into inbound_message (source_system, message_id, account, received_at, sent_at, event_type,
                      reference, raw_message, raw_sha256, fingerprint) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    new String[] {"id"});
            insert.setString(1, submission.system().name());
            insert.setString(2, submission.messageId());
            insert.setString(3, submission.account());
            insert.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setObject(5, submission.sentAt() == null ? null : OffsetDateTime.ofInstant(submission.sentAt(), ZoneOffset.UTC));
            insert.setString(6, submission.event().getClass().getSimpleName());
            insert.setString(7, submission.event().reference());
            insert.setBytes(8, submission.raw());
            insert.setString(9, rawSha256);
            insert.setString(10, fingerprint);
            return insert;
        }, key);
        return new Entry(key.getKey().longValue(), at, fingerprint);
    }

    public static String sha256(byte[] raw) {
        return EventCodec.sha256(raw);
    }
}
