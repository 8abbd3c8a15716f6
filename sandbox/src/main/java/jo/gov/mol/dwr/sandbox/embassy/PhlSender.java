package jo.gov.mol.dwr.sandbox.embassy;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jo.gov.mol.dwr.sandbox.embassy.PlannedRecord.Twist;

/**
 * The Philippine embassy's side of {@code POST /api/embassies/PHL/events} (interfaces.md 4a), over Spring's
 * RestClient: each record once, a repeat right after for the records sent twice, a broken event before its correction
 * for the records broken first, and once, before anything else, an event under a token the hub never issued. Every
 * answer is checked against the one planned; an answer of 5xx or no answer is retried a few times, 1 s, 2 s, 4 s
 * apart, as the embassy's system would.
 */
final class PhlSender {
    private static final Logger LOG = LoggerFactory.getLogger(PhlSender.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 4;
    /** Long enough to be a token, but one the hub neither issued nor was configured with. */
    static final String WRONG_TOKEN = "sandbox-phl-token-never-issued-0000";

    /** The answer a call should get. */
    enum Expect { ACCEPTED, DUPLICATE, REFUSED, UNAUTHORIZED }

    private record Answer(int status, String outcome, List<String> pointers) {
    }

    private final RestClient http;
    private final URI events;
    private final String token;

    PhlSender(RestClient http, URI events, String token) {
        this.http = http;
        this.events = events;
        this.token = token;
    }

    PhlRun send(List<PlannedRecord> records) {
        Tally tally = new Tally();
        if (!records.isEmpty()) {
            call(tally, PhlEvent.body(records.get(0)), WRONG_TOKEN, Expect.UNAUTHORIZED, null);
        }
        sendEach(tally, records);
        return tally.run();
    }

    /** The records' events and nothing else: no call under a wrong token first. */
    PhlRun deliver(List<PlannedRecord> records) {
        Tally tally = new Tally();
        sendEach(tally, records);
        return tally.run();
    }

    private void sendEach(Tally tally, List<PlannedRecord> records) {
        int broken = 0;
        for (PlannedRecord record : records) {
            if (record.twist() == Twist.BROKEN_FIRST) {
                PhlDefect defect = PhlDefect.nth(broken++);
                call(tally, PhlEvent.broken(record, defect), token, Expect.REFUSED, defect.pointer());
            }
            byte[] body = PhlEvent.body(record);
            call(tally, body, token, Expect.ACCEPTED, null);
            if (record.twist() == Twist.SENT_TWICE) {
                call(tally, body, token, Expect.DUPLICATE, null);
            }
        }
    }

    private void call(Tally tally, byte[] body, String bearer, Expect expected, String pointer) {
        Answer answer = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            answer = post(body, bearer);
            tally.calls++;
            if (answer.status() != 0 && answer.status() < 500) {
                break;
            }
            tally.serverErrors++;
            if (attempt < ATTEMPTS) {
                pause(1000L << (attempt - 1));
            }
        }
        tally.count(expected, pointer, answer);
    }

    private Answer post(byte[] body, String bearer) {
        try {
            return http.post().uri(events).contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBearerAuth(bearer))
                    .body(body).exchange((request, response) -> answer(response.getStatusCode().value(),
                            response.getBody().readAllBytes()));
        } catch (ResourceAccessException noConnection) {
            return new Answer(0, noConnection.getMessage(), List.of());
        }
    }

    private static Answer answer(int status, byte[] body) {
        JsonNode json;
        try {
            json = body.length == 0 ? JSON.missingNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            json = JSON.missingNode();
        }
        List<String> pointers = new ArrayList<>();
        json.path("errors").forEach(error -> pointers.add(error.path("pointer").asText()));
        return new Answer(status, json.path("status").asText(""), pointers);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to send a PHL event again", e);
        }
    }

    /** The answers so far, each compared with the planned one. */
    private static final class Tally {
        long calls;
        long accepted;
        long duplicates;
        long refused;
        long unauthorized;
        long serverErrors;
        long unexpected;
        final Map<String, Long> refusedAt = new TreeMap<>();

        void count(Expect expected, String pointer, Answer answer) {
            boolean asPlanned = switch (expected) {
                case ACCEPTED -> answer.status() == 202 && "ACCEPTED".equals(answer.outcome());
                case DUPLICATE -> answer.status() == 202 && "DUPLICATE".equals(answer.outcome());
                case REFUSED -> answer.status() == 400 && !answer.pointers().isEmpty()
                        && answer.pointers().stream().allMatch(pointer::equals);
                case UNAUTHORIZED -> answer.status() == 401;
            };
            switch (answer.status()) {
                case 202 -> {
                    if ("DUPLICATE".equals(answer.outcome())) {
                        duplicates++;
                    } else {
                        accepted++;
                    }
                }
                case 400 -> {
                    refused++;
                    answer.pointers().forEach(at -> refusedAt.merge(at, 1L, Long::sum));
                }
                case 401 -> unauthorized++;
                default -> {
                    // counted as unexpected below
                }
            }
            if (!asPlanned) {
                unexpected++;
                LOG.warn("PHL embassy: expected {}{} but the hub answered {} {} {}", expected,
                        pointer == null ? "" : " at " + pointer, answer.status(), answer.outcome(), answer.pointers());
            }
        }

        PhlRun run() {
            return new PhlRun(calls, accepted, duplicates, refused, unauthorized, serverErrors, unexpected, refusedAt);
        }
    }
}
