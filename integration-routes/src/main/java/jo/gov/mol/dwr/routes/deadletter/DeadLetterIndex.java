package jo.gov.mol.dwr.routes.deadletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pages the dead letters of both tables as one list, newest first, in the database. The union holds only each
 * dead letter's direction, id and time: Oracle cannot union the text columns (CLOB beside VARCHAR), and the page's
 * rows are then loaded by their owners ({@code Outbox}, {@code DeadLetterStore}).
 */
@Component
class DeadLetterIndex {
    private static final String INBOUND = "select 'in' as kind_tag, id, received_at as dead_at from inbound_dead_letter";
    private static final String OUTBOUND = "select 'out' as kind_tag, id, created_at as dead_at from delivery where status = 'DEAD'";

    private final JdbcTemplate jdbc;

    DeadLetterIndex(@Qualifier("hubJdbc") JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of one page, newest first (ties by direction, then newest id); every direction when none is given. */
    List<DeadLetterId> page(Optional<Direction> direction, int page, int size) {
        List<String> parts = new ArrayList<>();
        if (direction.isEmpty() || direction.get() == Direction.INBOUND) {
            parts.add(INBOUND);
        }
        if (direction.isEmpty() || direction.get() == Direction.OUTBOUND) {
            parts.add(OUTBOUND);
        }
        String sql = "select kind_tag, id from (" + String.join(" union all ", parts) + ") dead"
                + " order by dead_at desc, kind_tag, id desc offset ? rows fetch next ? rows only";
        // strip: Oracle may pad the shorter tag to the longer one's length
        return jdbc.query(sql, (rs, i) -> new DeadLetterId(Direction.ofTag(rs.getString(1).strip()), rs.getLong(2)),
                (long) page * size, size);
    }
}
