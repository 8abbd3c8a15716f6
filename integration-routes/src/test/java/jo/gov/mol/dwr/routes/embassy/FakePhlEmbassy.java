package jo.gov.mol.dwr.routes.embassy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Philippine embassy's notices endpoint ({@code POST /notices}) over real HTTP on loopback. It answers the
 * statuses it was told to, in order, then 202; it records every request it received.
 */
final class FakePhlEmbassy implements AutoCloseable {
    /** A request as the embassy received it. */
    record Received(String contentType, String body, int answeredWith) {
    }

    private final HttpServer server;
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private record Answer(int status, String body) {
    }

    FakePhlEmbassy() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/notices", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request is answered with this status and body, before any answer told later. */
    void answerNext(int status, String body) {
        answers.add(new Answer(status, body));
    }

    /** Every request received whose body holds this text (a notice id), in order. */
    List<Received> receivedWith(String text) {
        return received.stream().filter(r -> r.body().contains(text)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Answer answer = answers.poll();
        int status = answer == null ? 202 : answer.status();
        byte[] bytes = (answer == null ? "" : answer.body()).getBytes(StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"), body, status));
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
