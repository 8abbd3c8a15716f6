package jo.gov.mol.dwr.routes.mol;

import java.util.List;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.mol.MolEvents;
import jo.gov.mol.dwr.routes.soap.SoapChannelErrors;
import jo.gov.mol.dwr.routes.soap.SoapChannelRoutes;

/** The Ministry of Labour's Domestic Workers System (interfaces.md 1a): its six operations, each into intake. */
@Component
class MolRoutes extends SoapChannelRoutes {

    MolRoutes(SoapChannelErrors errors) {
        super(errors, SourceSystem.MOL, MolEvents.NAMESPACE);
    }

    @Override
    protected String prefix() {
        return "mol";
    }

    @Override
    protected String endpointBean() {
        return "molEvents";
    }

    @Override
    protected List<String> operations() {
        return MolEndpointConfiguration.OPERATIONS;
    }

    @Override
    protected Class<?> reader() {
        return MolSubmissions.class;
    }
}
