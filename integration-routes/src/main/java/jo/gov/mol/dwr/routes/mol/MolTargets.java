package jo.gov.mol.dwr.routes.mol;

import org.springframework.boot.context.properties.ConfigurationProperties;

import jo.gov.mol.dwr.routes.soap.OutboundSoap;

/** Where MoL's notices service is ({@code hub.mol-notices.url}, {@code .username}, {@code .password}, timeouts). */
@ConfigurationProperties("hub")
record MolTargets(OutboundSoap molNotices) {
}
