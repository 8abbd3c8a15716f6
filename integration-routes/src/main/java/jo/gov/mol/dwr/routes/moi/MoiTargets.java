package jo.gov.mol.dwr.routes.moi;

import org.springframework.boot.context.properties.ConfigurationProperties;

import jo.gov.mol.dwr.routes.soap.OutboundSoap;

/** Where MoI's ApprovalRequest service is ({@code hub.moi.url}, {@code .username}, {@code .password}, timeouts). */
@ConfigurationProperties("hub")
record MoiTargets(OutboundSoap moi) {
}
