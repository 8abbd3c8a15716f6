package jo.gov.mol.dwr.sandbox.nation;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The registry's query API (interfaces.md 6) as the replay uses it, signed in as the sandbox's administrator: the
 * sweep, the classification run where it exists, the flags rule by rule, and who the registry thinks is who.
 */
final class RegistryApi {
    private static final int PAGE = 500;

    /**
     * A flag as the API lists it: its rule, status, subject (PERSON, OFFICE or EMPLOYER, and its id), when it was raised,
     * the worker it concerns (their registry id, where there is one) and its evidence, each source message by its
     * message id and its business reference (RequestId, PermitNo, a crossing's EventId, an embassy's reference...).
     */
    record RaisedFlag(String rule, String status, String subjectType, String subjectId, Instant raisedAt, Long workerId,
                      String passportNo, String nationality, Set<String> evidence) {
    }

    /** A record on a registry person's timeline: its system and message id, and its business reference. */
    record TimelineRecord(String system, String messageId, String reference) {
    }

    private final RestClient http;

    RegistryApi(RestClient.Builder builder, URI hub, String user, String password) {
        this.http = builder.baseUrl(hub.toString()).defaultHeaders(h -> h.setBasicAuth(user, password)).build();
    }

    JsonNode sweep() {
        return http.post().uri("/api/admin/sweep").retrieve().body(JsonNode.class);
    }

    /** Classifies every office for the default period; the run's summary. */
    JsonNode classify() {
        return http.post().uri("/api/admin/classification-runs").retrieve().body(JsonNode.class);
    }

    /** Every office the registry has classified, with its class in force and the one pending. */
    List<JsonNode> offices() {
        List<JsonNode> all = new ArrayList<>();
        pages("/api/offices?page={page}&size={size}", all);
        return all;
    }

    List<RaisedFlag> flags(String rule) {
        List<JsonNode> all = new ArrayList<>();
        pages("/api/flags?rule=" + rule + "&page={page}&size={size}", all);
        return all.stream().map(RegistryApi::raised).toList();
    }

    private static RaisedFlag raised(JsonNode flag) {
        Set<String> evidence = new LinkedHashSet<>();
        flag.path("evidence").forEach(source -> {
            for (String field : List.of("messageId", "reference")) {
                if (source.path(field).isTextual()) {
                    evidence.add(source.path(field).asText());
                }
            }
        });
        JsonNode worker = flag.path("worker");
        return new RaisedFlag(flag.path("rule").asText(), flag.path("status").asText(),
                flag.path("subject").path("type").asText(null), flag.path("subject").path("id").asText(null),
                flag.path("raisedAt").isTextual() ? Instant.parse(flag.path("raisedAt").asText()) : null,
                worker.path("id").isNumber() ? worker.path("id").asLong() : null,
                worker.path("passportNo").asText(null), worker.path("nationality").asText(null), Set.copyOf(evidence));
    }

    /** The ids of the registry persons holding this passport. */
    List<Long> workers(String passportNo, String nationality) {
        JsonNode page = http.get().uri("/api/workers?passportNo={p}&nationality={n}&size=" + PAGE, passportNo, nationality)
                .retrieve().body(JsonNode.class);
        List<Long> ids = new ArrayList<>();
        page.path("content").forEach(w -> ids.add(w.path("mergedInto").isNumber() ? w.path("mergedInto").asLong() : w.path("id").asLong()));
        return ids;
    }

    List<TimelineRecord> timeline(long workerId) {
        JsonNode timeline = http.get().uri("/api/workers/{id}/timeline", workerId).retrieve().body(JsonNode.class);
        List<TimelineRecord> records = new ArrayList<>();
        timeline.path("events").forEach(e -> records.add(new TimelineRecord(e.path("system").asText(),
                e.path("messageId").asText(null), e.path("reference").asText(null))));
        return records;
    }

    private void pages(String uri, List<JsonNode> into) {
        for (int page = 0; ; page++) {
            JsonNode body = http.get().uri(uri, page, PAGE).retrieve().body(JsonNode.class);
            body.path("content").forEach(into::add);
            if (body.path("content").size() < PAGE) {
                return;
            }
        }
    }
}
