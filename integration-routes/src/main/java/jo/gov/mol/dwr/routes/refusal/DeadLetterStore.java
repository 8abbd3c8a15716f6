package jo.gov.mol.dwr.routes.refusal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * Where a refused message of a channel that cannot answer its sender (the border's JMS queue, file drops) is
 * kept, raw, with its error code and reason: never dropped silently, and never left to block its queue.
 */
@Component
public class DeadLetterStore {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterStore.class);
    // the raw message stays out: a list of dead letters must not load every refused file whole
    private static final String COLUMNS = "id, source_system, account, message_id, source_file, source_line, received_at, code, reason";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeadLetterStore(@Qualifier("hubJdbc") JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A kept message, as administrators read it; its raw content is {@link #raw(long)}. */
    public record InboundDeadLetter(long id, String system, String account, String messageId, Origin origin,
                                    Instant receivedAt, String code, String reason) {
    }

    /**
     * @param messageId the message's own id where it could be read (a file row's event id); null for a whole file
     */
    public void keep(SourceSystem system, String account, String messageId, Origin origin, List<ValidationError> errors,
                     byte[] raw) {
        RefusalReason why = RefusalReason.of(errors);
        LOG.warn("dead letter system={} account={} messageId={} file={} line={} code={} reason={}", system, account,
                messageId, origin.file(), origin.line(), why.code(), why.text().replace('\n', ' '));
        jdbc.update("""
                insert into inbound_dead_letter (source_system, account, message_id, source_file, source_line, received_at,
                  code, reason, raw_message) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                system.name(), account, messageId, origin.file(), origin.line(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), why.code(), why.text(), raw);
    }

    public List<InboundDeadLetter> find(SourceSystem system, String messageId) {
        return jdbc.query("select " + COLUMNS + " from inbound_dead_letter where source_system = ? and message_id = ? order by id",
                DeadLetterStore::deadLetter, system.name(), messageId);
    }

    public Optional<InboundDeadLetter> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** The kept messages of these ids, in no particular order; an unknown id is left out. */
    public List<InboundDeadLetter> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return new NamedParameterJdbcTemplate(jdbc).query(
                "select " + COLUMNS + " from inbound_dead_letter where id in (:ids)",
                Collections.singletonMap("ids", ids), DeadLetterStore::deadLetter);
    }

    /** The kept message exactly as received. */
    public Optional<String> raw(long id) {
        return jdbc.query("select raw_message from inbound_dead_letter where id = ?",
                (rs, i) -> rs.getBytes(1), id).stream().findFirst()
                .map(bytes -> bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8));
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from inbound_dead_letter", Long.class);
        return n == null ? 0 : n;
    }

    private static InboundDeadLetter deadLetter(ResultSet rs, int row) throws SQLException {
        long line = rs.getLong("source_line");
        Long knownLine = rs.wasNull() ? null : line;
        Origin origin = new Origin(rs.getString("source_file"), knownLine);
        return new InboundDeadLetter(rs.getLong("id"), rs.getString("source_system"), rs.getString("account"),
                rs.getString("message_id"), origin, rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getString("code"), rs.getString("reason"));
    }
}
