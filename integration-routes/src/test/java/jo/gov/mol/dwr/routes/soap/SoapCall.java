package jo.gov.mol.dwr.routes.soap;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A SOAP call over real HTTP, as an outside system makes it, and what came back. */
public record SoapCall(int status, String body) {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static SoapCall post(int port, String path, String user, String password, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new SoapCall(response.statusCode(), response.body());
    }

    public static SoapCall post(int port, String path, String user, String password, String envelope) throws Exception {
        return post(port, path, user, password, envelope.getBytes(StandardCharsets.UTF_8));
    }

    public static SoapCall get(int port, String pathAndQuery) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new SoapCall(response.statusCode(), response.body());
    }

    /** The text of the first element with this local name, or null. */
    public String text(String localName) throws Exception {
        NodeList nodes = document().getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    public record Problem(String field, String code, String reason) {
    }

    public List<Problem> validationErrors() throws Exception {
        List<Problem> problems = new ArrayList<>();
        NodeList errors = document().getElementsByTagNameNS("*", "ValidationError");
        for (int i = 0; i < errors.getLength(); i++) {
            Element e = (Element) errors.item(i);
            problems.add(new Problem(child(e, "Field"), child(e, "Code"), child(e, "Reason")));
        }
        return problems;
    }

    private static String child(Element e, String name) {
        NodeList n = e.getElementsByTagNameNS("*", name);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    private Document document() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
