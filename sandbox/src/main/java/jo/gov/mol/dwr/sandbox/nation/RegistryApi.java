package jo.gov.mol.dwr.sandbox.nation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The registry's query API (interfaces.md 6) as the replay uses it, signed in as the sandbox's administrator: the
 * sweep, the classification run where it exists, the flags rule by rule, and who the registry thinks is who.
 */
final class RegistryApi {
    private static final int PAGE = 500;

    /** A flag as the API lists it: its rule, status and the worker it concerns (their registry id, where there is one). */
    record RaisedFlag(String rule, String status, Long workerId, String passportNo, String nationality) {
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
        return all.stream().map(f -> new RaisedFlag(f.path("rule").asText(), f.path("status").asText(),
                f.path("worker").path("id").isNumber() ? f.path("worker").path("id").asLong() : null,
                f.path("worker").path("passportNo").asText(null), f.path("worker").path("nationality").asText(null))).toList();
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
