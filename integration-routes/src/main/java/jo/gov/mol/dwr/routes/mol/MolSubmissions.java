package jo.gov.mol.dwr.routes.mol;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.mol.MolEvents;
import jo.gov.mol.dwr.mappings.mol.MolMessage;
import jo.gov.mol.dwr.routes.intake.Submission;
import jo.gov.mol.dwr.routes.soap.SoapRequest;

/** Reads a MoL request into a submission, or throws every problem found in it. */
@Component
class MolSubmissions {

    Submission read(Exchange exchange) {
        SoapRequest request = SoapRequest.of(exchange);
        MolMessage message = MolEvents.read(request.element());
        return new Submission(SourceSystem.MOL, request.account(), message.messageId(), message.sentAt(),
                message.event(), request.raw());
    }
}
