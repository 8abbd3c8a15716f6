package jo.gov.mol.dwr.routes.refusal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeadLetterStore(@Qualifier("hubJdbc") JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public void keep(SourceSystem system, String account, String messageId, List<ValidationError> errors, byte[] raw) {
        RefusalReason why = RefusalReason.of(errors);
        String code = why.code();
        String reason = why.text();
        LOG.warn("dead letter system={} account={} messageId={} code={} reason={}", system, account, messageId, code,
                reason.replace('\n', ' '));
        jdbc.update("""
                insert into inbound_dead_letter (source_system, account, message_id, received_at, code, reason, raw_message)
                values (?, ?, ?, ?, ?, ?, ?)""",
                system.name(), account, messageId, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), code,
                reason, raw);
    }

    /** A kept message, as administrators read it. */
    public record InboundDeadLetter(long id, String system, String account, String messageId, String code, String reason,
                                    String raw) {
    }

    public List<InboundDeadLetter> find(SourceSystem system, String messageId) {
        return jdbc.query("""
                select id, source_system, account, message_id, code, reason, raw_message from inbound_dead_letter
                where source_system = ? and message_id = ? order by id""",
                (rs, i) -> new InboundDeadLetter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6),
                        rs.getBytes(7) == null ? null : new String(rs.getBytes(7), StandardCharsets.UTF_8)),
                system.name(), messageId);
    }
}
