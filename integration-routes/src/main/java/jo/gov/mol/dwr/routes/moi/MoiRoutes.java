package jo.gov.mol.dwr.routes.moi;

import java.util.List;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.moi.MoiDecisions;
import jo.gov.mol.dwr.routes.soap.SoapChannelErrors;
import jo.gov.mol.dwr.routes.soap.SoapChannelRoutes;

/** The Ministry of Interior's approval decisions (interfaces.md 2), with the same semantics as MoL's channel. */
@Component
class MoiRoutes extends SoapChannelRoutes {

    MoiRoutes(SoapChannelErrors errors) {
        super(errors, SourceSystem.MOI, MoiDecisions.NAMESPACE);
    }

    @Override
    protected String prefix() {
        return "moi";
    }

    @Override
    protected String endpointBean() {
        return "moiDecisions";
    }

    @Override
    protected List<String> operations() {
        return MoiEndpointConfiguration.OPERATIONS;
    }

    @Override
    protected Class<?> reader() {
        return MoiDecisionSubmissions.class;
    }
}
