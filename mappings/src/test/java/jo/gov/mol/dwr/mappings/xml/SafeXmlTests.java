package jo.gov.mol.dwr.mappings.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import com.sun.net.httpserver.HttpServer;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/** Inbound XML is parsed one way only, and that way refuses every construct that reaches outside the body. */
class SafeXmlTests {

    @Test
    void parsesPlainXmlNamespaceAware() {
        Document document = SafeXml.parse(bytes("<Ack xmlns=\"urn:jo:gov:mol:dws:1\"><Status>ACCEPTED</Status></Ack>"));

        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("urn:jo:gov:mol:dws:1");
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("Ack");
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile() {
        InvalidMessageException refusal = refusalOf("""
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <r>&xxe;</r>""");

        assertRefusedAsMalformed(refusal);
        assertThat(refusal).hasMessageNotContaining("root:");
    }

    @Test
    void refusesAnExternalEntityOrDtdWithoutFetchingIt() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            assertRefusedAsMalformed(refusalOf("<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + base + "/entity\">]><r>&xxe;</r>"));
            assertRefusedAsMalformed(refusalOf("<!DOCTYPE r SYSTEM \"" + base + "/evil.dtd\"><r/>"));
            assertRefusedAsMalformed(refusalOf("<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + base + "/p\"> %p;]><r/>"));
        } finally {
            server.stop(0);
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void refusesEntityExpansionQuickly() {
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                  <!ENTITY lol "lol">
                  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <lolz>&lol9;</lolz>""";

        InvalidMessageException refusal = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusalOf(billionLaughs));

        assertRefusedAsMalformed(refusal);
    }

    @Test
    void leavesAnXIncludeUnresolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the-secret-content");

        Document document = SafeXml.parse(bytes("""
                <r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="%s" parse="text"/></r>"""
                .formatted(secret.toUri())));

        assertThat(document.getDocumentElement().getTextContent()).doesNotContain("the-secret-content");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<a><b></a>",
            "<a>",
            "",
            "not xml at all",
            "<a></a><b></b>",
            "<a x=\"1\" x=\"2\"/>",
            "<dws:a xmlns:other=\"urn:x\"/>",
    })
    void refusesXmlThatIsNotWellFormed(String body) {
        assertRefusedAsMalformed(refusalOf(body));
    }

    private static void assertRefusedAsMalformed(InvalidMessageException refusal) {
        assertThat(refusal.errors())
                .extracting(ValidationError::field, ValidationError::code)
                .containsExactly(tuple("", ErrorCode.MALFORMED_MESSAGE));
    }

    private static InvalidMessageException refusalOf(String body) {
        return assertThrows(InvalidMessageException.class, () -> SafeXml.parse(bytes(body)));
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
