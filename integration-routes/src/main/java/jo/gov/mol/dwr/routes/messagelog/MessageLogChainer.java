package jo.gov.mol.dwr.routes.messagelog;

import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single writer of the message log's hash chain (decisions.md: the chain must not serialise intake). It
 * takes the entries not yet chained, in the order of their ids, and links each to the one before: every entry's
 * chain hash covers its own fields, its raw message's SHA-256 and the previous chain hash, so that editing any
 * entry later breaks the chain from there on. The head row is locked for the batch, so that several hub
 * instances chain one after the other and never fork the chain.
 */
@Component
public class MessageLogChainer {
    private static final Logger LOG = LoggerFactory.getLogger(MessageLogChainer.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int batch;

    MessageLogChainer(@Qualifier("hubJdbc") JdbcTemplate jdbc, @Qualifier("hubTransactions") TransactionTemplate transactions,
                      @Value("${hub.message-log.chain-batch:500}") int batch) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${hub.message-log.chain-interval:1s}")
    public void chainPending() {
        int chained;
        do {
            chained = chainBatch();
        } while (chained == batch);
    }

    /** Chains up to one batch of pending entries; returns how many. */
    public int chainBatch() {
        Integer count = transactions.execute(status -> {
            Head head = jdbc.queryForObject("select last_seq, last_hash from message_log_head where id = 1 for update",
                    (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
            List<LinkFields> pending = jdbc.query("""
                    select id, source_system, message_id, account, received_at, raw_sha256
                    from inbound_message where chain_seq is null order by id""",
                    rs -> {
                        List<LinkFields> list = new java.util.ArrayList<>();
                        while (rs.next() && list.size() < batch) {
                            list.add(new LinkFields(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
                        }
                        return list;
                    });
            long seq = head.seq();
            String hash = head.hash();
            for (LinkFields entry : pending) {
                seq++;
                hash = ChainLink.hash(hash, seq, entry);
                jdbc.update("update inbound_message set chain_seq = ?, chain_hash = ? where id = ?", seq, hash, entry.id());
            }
            if (!pending.isEmpty()) {
                jdbc.update("update message_log_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
            }
            return pending.size();
        });
        if (count != null && count > 0) {
            LOG.debug("chained {} message log entries", count);
        }
        return count == null ? 0 : count;
    }

    private record Head(long seq, String hash) {
    }
}
