package jo.gov.mol.dwr.routes.embassy;

import java.net.http.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The Philippine embassy's notices service, as the hub calls it. */
@Configuration(proxyBeanMethods = false)
class EmbassyEndpointConfiguration {

    @Bean
    RestClient phlNoticesClient(EmbassyTargets targets) {
        // plain HTTP/1.1: an h2c upgrade on a POST with a body is not understood by every server
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(targets.phl().connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(targets.phl().readTimeout());
        return RestClient.builder().baseUrl(targets.phl().url().toString()).requestFactory(requests).build();
    }
}
