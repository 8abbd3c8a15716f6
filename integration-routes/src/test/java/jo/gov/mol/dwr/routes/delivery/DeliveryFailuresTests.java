package jo.gov.mol.dwr.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

/** Which failures of a JSON receiver the outbox retries, and which make a dead letter at once (decisions.md). */
class DeliveryFailuresTests {

    @Test
    void retriesAServerErrorAndTooManyRequests() {
        assertThat(DeliveryFailures.classify(answered(503, "")).permanent()).isFalse();
        assertThat(DeliveryFailures.classify(answered(429, "")).permanent()).isFalse();
    }

    @Test
    void retriesWhenTheReceiverCannotBeReached() {
        assertThat(DeliveryFailures.classify(new ResourceAccessException("Connection refused")).permanent()).isFalse();
    }

    @Test
    void givesUpAtOnceOnAClientErrorKeepingTheReceiversReason() {
        DeliveryFailure failure = DeliveryFailures.classify(new IllegalStateException("route failed",
                answered(400, "{\"detail\":\"passportNo is required\"}")));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.getMessage()).startsWith("HTTP 400").contains("passportNo is required");
    }

    private static RestClientResponseException answered(int status, String body) {
        return new RestClientResponseException("HTTP " + status, HttpStatusCode.valueOf(status), "", null,
                body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
