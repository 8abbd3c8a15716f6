package jo.gov.mol.dwr.routes.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An outside SOAP service over real HTTP on loopback, as the tests need it: up and answering, answering a fault,
 * or down (its port closed). It records the MessageId of every request it answered, and each one's operation.
 */
final class FakeSoapReceiver implements AutoCloseable {
    enum Mode { ANSWER, SERVER_FAULT, CLIENT_FAULT }

    private static final Pattern MESSAGE_ID = Pattern.compile("MessageId>([^<]+)<");
    private static final Pattern OPERATION = Pattern.compile("Body[^>]*>\\s*<(?:[\\w.-]+:)?([\\w.-]+)");

    private final UnaryOperator<String> answer;
    private final List<String> answered = new CopyOnWriteArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Map<String, String> operations = new ConcurrentHashMap<>();
    private volatile Mode mode = Mode.ANSWER;
    private HttpServer server;
    private int port;

    /** @param answer the SOAP body content answering a request's body text */
    FakeSoapReceiver(UnaryOperator<String> answer) {
        this.answer = answer;
    }

    FakeSoapReceiver start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
        return this;
    }

    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + port + "/service";
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    /** Message ids of requests answered with success, in order. */
    List<String> answered() {
        return answered;
    }

    /** Message ids of every request received, whatever the answer. */
    List<String> seen() {
        return seen;
    }

    /** The operation (the body's element) of the request with this message id, or null when none came. */
    String operation(String messageId) {
        return operations.get(messageId);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher id = MESSAGE_ID.matcher(request);
        String messageId = id.find() ? id.group(1) : "?";
        seen.add(messageId);
        Matcher operation = OPERATION.matcher(request);
        if (operation.find()) {
            operations.put(messageId, operation.group(1));
        }
        String body;
        int status = 500;
        switch (mode) {
            case SERVER_FAULT -> body = fault("soap:Server", "try later");
            case CLIENT_FAULT -> body = fault("soap:Client", "this request is not acceptable");
            default -> {
                body = answer.apply(request);
                status = 200;
                answered.add(messageId);
            }
        }
        byte[] bytes = ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + body + "</soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String fault(String code, String reason) {
        return "<soap:Fault><faultcode>" + code + "</faultcode><faultstring>" + reason + "</faultstring></soap:Fault>";
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
