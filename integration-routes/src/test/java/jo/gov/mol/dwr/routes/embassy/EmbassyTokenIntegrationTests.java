package jo.gov.mol.dwr.routes.embassy;

import static jo.gov.mol.dwr.routes.embassy.PhlSamples.newEventId;
import static jo.gov.mol.dwr.routes.embassy.PhlSamples.verification;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.routes.app.HubApplication;

/** Embassy tokens rotated without a restart through the administration API (interfaces.md 6), over real HTTP. */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbassyTokenIntegrationTests {
    private static final String ADMIN = "admin:admin-secret";
    private static final String AUDITOR = "auditor:auditor-secret";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;

    @Test
    void issuesANewTokenShownOnceWhileTheOldOneKeepsWorking() throws Exception {
        PhlCall issued = admin("POST", "/api/admin/embassies/PHL/tokens", ADMIN);

        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.json().get("embassy").asText()).isEqualTo("PHL");
        assertThat(issued.json().get("createdAt").asText()).isNotBlank();
        String token = issued.json().get("token").asText();
        assertThat(Base64.getUrlDecoder().decode(token)).as("256 random bits").hasSize(32);
        assertThat(PhlCall.postEvent(port, token, verification(newEventId())).status()).isEqualTo(202);
        assertThat(PhlCall.postEvent(port, PhlSamples.PHL_TOKEN, verification(newEventId())).status()).isEqualTo(202);
    }

    @Test
    void keepsOnlyTheHashOfAToken() throws Exception {
        String token = admin("POST", "/api/admin/embassies/PHL/tokens", ADMIN).json().get("token").asText();

        assertThat(hubDb.queryForList("select token_sha256 from embassy_token", String.class))
                .contains(EventCodec.sha256(token.getBytes(StandardCharsets.UTF_8))).doesNotContain(token);
    }

    @Test
    void listsTheTokensOfAnEmbassyWithoutTheTokensThemselves() throws Exception {
        PhlCall issued = admin("POST", "/api/admin/embassies/PHL/tokens", ADMIN);

        PhlCall list = admin("GET", "/api/admin/embassies/PHL/tokens", ADMIN);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).anySatisfy(t -> assertThat(t.get("id").asLong()).isEqualTo(issued.json().get("id").asLong()));
        assertThat(list.json().toString()).doesNotContain(issued.json().get("token").asText());
    }

    @Test
    void aRevokedTokenIsRefusedFromTheNextRequestOn() throws Exception {
        PhlCall issued = admin("POST", "/api/admin/embassies/PHL/tokens", ADMIN);
        String token = issued.json().get("token").asText();
        assertThat(PhlCall.postEvent(port, token, verification(newEventId())).status()).isEqualTo(202);

        PhlCall revoked = admin("DELETE", "/api/admin/embassies/PHL/tokens/" + issued.json().get("id").asLong(), ADMIN);

        assertThat(revoked.status()).isEqualTo(204);
        String eventId = newEventId();
        assertThat(PhlCall.postEvent(port, token, verification(eventId)).status()).isEqualTo(401);
        assertThat(hubDb.queryForObject("select count(*) from inbound_message where message_id = ?", Long.class, eventId)).isZero();
        assertThat(admin("DELETE", "/api/admin/embassies/PHL/tokens/" + issued.json().get("id").asLong(), ADMIN).status())
                .as("revoking again changes nothing").isEqualTo(204);
    }

    @Test
    void answers404ForATokenTheEmbassyDoesNotHoldOrAnEmbassyWithoutAChannel() throws Exception {
        long kenyan = admin("POST", "/api/admin/embassies/KEN/tokens", ADMIN).json().get("id").asLong();

        assertThat(admin("DELETE", "/api/admin/embassies/PHL/tokens/" + kenyan, ADMIN).status()).isEqualTo(404);
        assertThat(admin("DELETE", "/api/admin/embassies/PHL/tokens/999999999", ADMIN).status()).isEqualTo(404);
        assertThat(admin("POST", "/api/admin/embassies/XYZ/tokens", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void onlyAnAdministratorManagesTokens() throws Exception {
        assertThat(admin("POST", "/api/admin/embassies/PHL/tokens", AUDITOR).status()).isEqualTo(403);
        assertThat(admin("POST", "/api/admin/embassies/PHL/tokens", null).status()).isEqualTo(401);
        assertThat(admin("POST", "/api/admin/embassies/PHL/tokens", "admin:wrong").status()).isEqualTo(401);
    }

    private PhlCall admin(String method, String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return PhlCall.send(request.build());
    }
}
