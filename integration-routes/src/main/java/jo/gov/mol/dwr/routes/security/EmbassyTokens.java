package jo.gov.mol.dwr.routes.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * The embassies' bearer tokens (table {@code embassy_token}). Only a SHA-256 of each token is kept: a token is 256
 * random bits, so a fast hash is as good as a slow one and lets a request find its token by the hash. An embassy
 * may hold several tokens at once, so that a new one can be handed over before the old one is revoked. No cache:
 * one indexed read per request, and a revocation holds from the next request on.
 */
@Component
class EmbassyTokens {
    private static final Logger LOG = LoggerFactory.getLogger(EmbassyTokens.class);
    private static final String EMBASSY_PREFIX = "EMBASSY_";
    private static final int TOKEN_BYTES = 32;
    private static final String COLUMNS = "id, embassy, created_at, created_by, revoked_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EmbassyTokens(@Qualifier("hubJdbc") JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A token as administrators see it: never the token itself. */
    record Token(long id, String embassy, Instant createdAt, String createdBy, Instant revokedAt) {
        /** The name a request signed in with this token goes by, in the message log and refusal records. */
        String account() {
            return embassy + "-token-" + id;
        }

        String role() {
            return Channel.roleOf(SourceSystem.valueOf(EMBASSY_PREFIX + embassy));
        }
    }

    /** A token just issued: the only time the token itself is shown. */
    record Issued(long id, String embassy, String token, Instant createdAt) {
    }

    /** The embassy's channel system, if the code names an embassy the hub knows. */
    static Optional<SourceSystem> embassy(String iso3) {
        return Arrays.stream(SourceSystem.values()).filter(s -> s.name().equals(EMBASSY_PREFIX + iso3)).findFirst();
    }

    Issued issue(String embassy, String by) {
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Token kept = insert(embassy, token, by);
        LOG.info("embassy token issued embassy={} id={} by={}", embassy, kept.id(), by);
        return new Issued(kept.id(), embassy, token, kept.createdAt());
    }

    /**
     * Keeps a token given in configuration unless it is kept already, as every start after the first finds it; a
     * configured token that was revoked stays revoked.
     */
    void keepConfigured(String embassy, String token) {
        if (isKept(token)) {
            return;
        }
        try {
            Token kept = insert(embassy, token, "configuration");
            LOG.info("embassy token loaded from configuration embassy={} id={}", embassy, kept.id());
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // two hub instances starting at once: the other one kept it
        }
    }

    /** The active (never revoked) token this is, if any. */
    Optional<Token> find(String token) {
        return jdbc.query("select " + COLUMNS + " from embassy_token where token_sha256 = ? and revoked_at is null",
                EmbassyTokens::token, hash(token)).stream().findFirst();
    }

    List<Token> list(String embassy) {
        return jdbc.query("select " + COLUMNS + " from embassy_token where embassy = ? order by id", EmbassyTokens::token,
                embassy);
    }

    /** Revokes a token of the embassy; revoking it again changes nothing. False for a token it does not hold. */
    boolean revoke(String embassy, long id) {
        Integer held = jdbc.queryForObject("select count(*) from embassy_token where id = ? and embassy = ?",
                Integer.class, id, embassy);
        if (held == null || held == 0) {
            return false;
        }
        int revoked = jdbc.update("update embassy_token set revoked_at = ? where id = ? and revoked_at is null",
                utc(Instant.now(clock)), id);
        if (revoked > 0) {
            LOG.info("embassy token revoked embassy={} id={}", embassy, id);
        }
        return true;
    }

    private boolean isKept(String token) {
        Integer n = jdbc.queryForObject("select count(*) from embassy_token where token_sha256 = ?", Integer.class, hash(token));
        return n != null && n > 0;
    }

    private Token insert(String embassy, String token, String by) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into embassy_token (embassy, token_sha256, created_at, created_by) values (?, ?, ?, ?)""",
                    new String[] {"id"});
            insert.setString(1, embassy);
            insert.setString(2, hash(token));
            insert.setObject(3, utc(now));
            insert.setString(4, by);
            return insert;
        }, key);
        return new Token(key.getKey().longValue(), embassy, now, by, null);
    }

    private static String hash(String token) {
        return EventCodec.sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Token token(ResultSet rs, int row) throws SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new Token(rs.getLong("id"), rs.getString("embassy"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"), revoked == null ? null : revoked.toInstant());
    }
}
