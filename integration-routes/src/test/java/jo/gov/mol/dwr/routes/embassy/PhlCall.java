package jo.gov.mol.dwr.routes.embassy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One call over real HTTP on loopback, with the answer's status, content type and JSON body. */
record PhlCall(int status, String contentType, String wwwAuthenticate, JsonNode json) {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Posts an event to the PHL channel; a null token sends no Authorization header. */
    static PhlCall postEvent(int port, String token, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PhlEventController.EVENTS))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    static PhlCall postEvent(int port, String token, String json) throws Exception {
        return postEvent(port, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static PhlCall send(HttpRequest request) throws Exception {
        HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        String body = answer.body();
        return new PhlCall(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
                answer.headers().firstValue("WWW-Authenticate").orElse(""),
                body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body));
    }
}
