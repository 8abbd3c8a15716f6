package jo.gov.mol.dwr.routes.embassy;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import jo.gov.mol.dwr.routes.delivery.Delivery;

/**
 * Posts a notice to the Philippine embassy (interfaces.md 4a): {@code POST <url>/notices} with the notice's JSON.
 * Delivered on any 2xx; any other answer is a failed attempt, which the outbox retries or gives up by its status.
 */
@Component
class PhlNotices {
    private final RestClient phl;

    PhlNotices(@Qualifier("phlNoticesClient") RestClient phl) {
        this.phl = phl;
    }

    /** @return the embassy's answer status, kept as the delivery's result */
    String send(Delivery delivery) {
        String body = EmbassyNotice.fromJson(delivery.payload()).noticeJson();
        ResponseEntity<Void> answer = phl.post().uri("/notices").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve()
                // a redirect or an informational answer is no delivery either
                .onStatus(status -> !status.is2xxSuccessful(), (request, response) -> {
                    throw new RestClientResponseException("HTTP " + response.getStatusCode().value() + " from " + request.getURI(),
                            response.getStatusCode(), response.getStatusText(), response.getHeaders(),
                            response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                })
                .toBodilessEntity();
        return "HTTP " + answer.getStatusCode().value();
    }
}
