package jo.gov.mol.dwr.routes.refusal;

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
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * The record of every refused message: who, when, and why. Of a refused message nothing else is kept, so that
 * the sender may correct it and send it again under the same id.
 */
@Component
public class Refusals {
    private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Refusals(@Qualifier("hubJdbc") JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A refused message, as listed to administrators. */
    public record Refusal(long id, SourceSystem system, String account, String messageId, OffsetDateTime refusedAt,
                          int httpStatus, String code, String reason) {
    }

    public void record(SourceSystem system, String account, String messageId, int httpStatus, List<ValidationError> errors) {
        RefusalReason why = RefusalReason.of(errors);
        String code = why.code();
        String reason = why.text();
        record(system, account, messageId, httpStatus, code, reason);
    }

    public void record(SourceSystem system, String account, String messageId, int httpStatus, ErrorCode code, String reason) {
        record(system, account, messageId, httpStatus, code.code(), reason);
    }

    private void record(SourceSystem system, String account, String messageId, int httpStatus, String code, String reason) {
        LOG.info("refused system={} account={} messageId={} status={} code={}", system, account, messageId, httpStatus, code);
        jdbc.update("""
                insert into refusal (source_system, account, message_id, refused_at, http_status, code, reason)
                values (?, ?, ?, ?, ?, ?, ?)""",
                system.name(), account, messageId, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                httpStatus, code, reason);
    }

    /** The newest refusals first. */
    public List<Refusal> latest(int limit) {
        return jdbc.query("""
                select id, source_system, account, message_id, refused_at, http_status, code, reason
                from refusal order by id desc""",
                rs -> {
                    List<Refusal> list = new java.util.ArrayList<>();
                    while (rs.next() && list.size() < limit) {
                        list.add(new Refusal(rs.getLong(1), SourceSystem.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getInt(6), rs.getString(7),
                                rs.getString(8)));
                    }
                    return list;
                });
    }

    public long count(SourceSystem system, String messageId) {
        Long n = jdbc.queryForObject("select count(*) from refusal where source_system = ? and message_id = ?",
                Long.class, system.name(), messageId);
        return n == null ? 0 : n;
    }
}
