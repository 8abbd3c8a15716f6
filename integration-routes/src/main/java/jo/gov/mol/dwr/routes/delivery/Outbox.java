package jo.gov.mol.dwr.routes.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox: every message the hub sends out, kept until delivered or dead. Why a table rather than durable
 * queues: an entry is written in the same transaction as the accepted message that causes it, and the dead
 * letters can be listed, explained and re-driven with plain queries. Several hub instances share it safely:
 * an entry is claimed for a lease before it is sent.
 */
@Component
public class Outbox {
    private static final String COLUMNS = """
            id, message_id, destination, kind, reference, payload, status, attempts, created_at, next_attempt_at,
            delivered_at, last_error, result""";

    private final JdbcTemplate jdbc;

    Outbox(@Qualifier("hubJdbc") JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Enqueues a message unless one with the same dedupe key for the same destination is already there (one fact,
     * one message). Joins the caller's transaction.
     *
     * @return whether it was enqueued now
     */
    public boolean enqueue(Destination destination, String kind, String dedupeKey, String messageId, String reference,
                           String payload, Instant now) {
        Long existing = jdbc.queryForObject("select count(*) from delivery where destination = ? and dedupe_key = ?",
                Long.class, destination.name(), dedupeKey);
        if (existing != null && existing > 0) {
            return false;
        }
        jdbc.update("""
                insert into delivery (message_id, destination, kind, dedupe_key, reference, payload, status, attempts,
                  created_at, next_attempt_at) values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""",
                messageId, destination.name(), kind, dedupeKey, reference, payload, at(now), at(now));
        return true;
    }

    /** Claims up to {@code limit} due entries for {@code lease}; an entry claimed by another instance is skipped. */
    public List<Delivery> claimDue(Instant now, int limit, Duration lease) {
        List<Long> due = jdbc.queryForList("""
                select id from delivery where status = 'PENDING' and next_attempt_at <= ?
                  and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id
                fetch first ? rows only""", Long.class, at(now), at(now), limit);
        List<Delivery> claimed = new ArrayList<>();
        for (long id : due) {
            int won = jdbc.update("""
                    update delivery set claimed_until = ? where id = ? and status = 'PENDING'
                      and (claimed_until is null or claimed_until < ?)""", at(now.plus(lease)), id, at(now));
            if (won == 1) {
                find(id).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    public void delivered(long id, String result, Instant now) {
        jdbc.update("""
                update delivery set status = 'DELIVERED', attempts = attempts + 1, delivered_at = ?, result = ?,
                  claimed_until = null, last_error = null where id = ?""", at(now), result, id);
    }

    public void retryLater(long id, String error, Instant nextAttempt) {
        jdbc.update("""
                update delivery set attempts = attempts + 1, next_attempt_at = ?, last_error = ?, claimed_until = null
                where id = ?""", at(nextAttempt), truncate(error), id);
    }

    public void dead(long id, String reason) {
        jdbc.update("""
                update delivery set status = 'DEAD', attempts = attempts + 1, last_error = ?, claimed_until = null
                where id = ?""", truncate(reason), id);
    }

    /** Sends a dead letter again from its first attempt; false when it is not dead. */
    public boolean redrive(long id, Instant now) {
        return jdbc.update("""
                update delivery set status = 'PENDING', attempts = 0, created_at = ?, next_attempt_at = ?,
                  claimed_until = null where id = ? and status = 'DEAD'""", at(now), at(now), id) == 1;
    }

    public Optional<Delivery> find(long id) {
        return jdbc.query("select " + COLUMNS + " from delivery where id = ?", Outbox::delivery, id).stream().findFirst();
    }

    public Optional<Delivery> findByMessageId(Destination destination, String messageId) {
        return jdbc.query("select " + COLUMNS + " from delivery where destination = ? and message_id = ?",
                Outbox::delivery, destination.name(), messageId).stream().findFirst();
    }

    /** The entries of these ids, in no particular order; an unknown id is left out. */
    public List<Delivery> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return new NamedParameterJdbcTemplate(jdbc).query("select " + COLUMNS + " from delivery where id in (:ids)",
                Collections.singletonMap("ids", ids), Outbox::delivery);
    }

    public long count(Delivery.Status status) {
        Long n = jdbc.queryForObject("select count(*) from delivery where status = ?", Long.class, status.name());
        return n == null ? 0 : n;
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getString("message_id"), Destination.valueOf(rs.getString("destination")),
                rs.getString("kind"), rs.getString("reference"), rs.getString("payload"),
                Delivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "next_attempt_at"), instant(rs, "delivered_at"), rs.getString("last_error"), rs.getString("result"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
