package jo.gov.mol.dwr.sandbox.embassy;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidValueException;
import jo.gov.mol.dwr.sandbox.CrossingFact;

/**
 * The Philippine embassy's notices service (interfaces.md 4a, hub → PHL), where {@code hub.embassies.phl.url} points:
 * {@code POST /simulators/embassies/PHL/notices}. A notice with a new {@code noticeId} is answered {@code 202}
 * ACCEPTED, a repeat {@code 202} DUPLICATE (the hub keeps one id on every attempt); a notice that breaks the contract
 * gets {@code 400} naming the field, so that the hub makes it a dead letter rather than a silent success. Open
 * without sign-in, as the embassy's own service would be to the hub: no security chain of the hub or the registry
 * covers {@code /simulators/**}.
 */
@RestController
public class PhlNoticeReceiver {
    static final String PATH = "/simulators/embassies/PHL/notices";

    /** The notice as the hub posts it. */
    public record Notice(String noticeId, String type, String passportNo, String occurredAt, String crossingPoint) {
    }

    private final Map<String, CrossingFact> notices = new LinkedHashMap<>();
    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, Integer> received = new LinkedHashMap<>();
    private long refused;

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> receive(@RequestBody Notice notice) {
        CrossingFact fact;
        try {
            fact = read(notice);
        } catch (InvalidValueException | DateTimeException e) {
            synchronized (this) {
                refused++;
            }
            return ResponseEntity.badRequest().body(Map.of("status", "REFUSED", "reason", e.getMessage()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(Map.of("noticeId", notice.noticeId(), "status", keep(notice, fact) ? "ACCEPTED" : "DUPLICATE"));
    }

    /** The crossings the embassy heard of, one per distinct notice. */
    public synchronized Set<CrossingFact> crossingFacts() {
        return new LinkedHashSet<>(notices.values());
    }

    /** Calls, distinct notices by type, repeats and refusals, at this moment. */
    public synchronized PhlNotices summary() {
        Map<String, Long> byType = new TreeMap<>();
        types.values().forEach(type -> byType.merge(type, 1L, Long::sum));
        long calls = received.values().stream().mapToLong(Integer::longValue).sum();
        return new PhlNotices(calls + refused, notices.size(), calls - notices.size(), refused, byType);
    }

    private synchronized boolean keep(Notice notice, CrossingFact fact) {
        types.putIfAbsent(notice.noticeId(), notice.type());
        notices.putIfAbsent(notice.noticeId(), fact);
        return received.merge(notice.noticeId(), 1, Integer::sum) == 1;
    }

    private static CrossingFact read(Notice notice) {
        if (notice.noticeId() == null || notice.noticeId().isBlank()) {
            throw new InvalidValueException(ErrorCode.REQUIRED, "noticeId is required");
        }
        if (!"ARRIVAL".equals(notice.type()) && !"DEPARTURE".equals(notice.type())) {
            throw InvalidValueException.format(String.valueOf(notice.type()), "type", "ARRIVAL or DEPARTURE");
        }
        if (notice.occurredAt() == null) {
            throw new InvalidValueException(ErrorCode.REQUIRED, "occurredAt is required");
        }
        return CrossingFact.ofNotice(notice.type(), notice.passportNo(), "PHL", notice.crossingPoint(),
                OffsetDateTime.parse(notice.occurredAt()).toInstant());
    }
}
