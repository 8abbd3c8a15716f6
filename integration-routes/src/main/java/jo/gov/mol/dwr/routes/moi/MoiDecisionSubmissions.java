package jo.gov.mol.dwr.routes.moi;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.moi.MoiDecisions;
import jo.gov.mol.dwr.mappings.moi.MoiMessage;
import jo.gov.mol.dwr.routes.intake.Submission;
import jo.gov.mol.dwr.routes.soap.SoapRequest;

/** Reads a MoI decision into a submission, or throws every problem found in it. */
@Component
class MoiDecisionSubmissions {

    Submission read(Exchange exchange) {
        SoapRequest request = SoapRequest.of(exchange);
        MoiMessage message = MoiDecisions.read(request.element());
        return new Submission(SourceSystem.MOI, request.account(), message.messageId(), message.sentAt(),
                message.decision(), request.raw());
    }
}
