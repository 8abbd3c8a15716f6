package jo.gov.mol.dwr.routes.mol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.UUID;

import javax.xml.datatype.DatatypeFactory;

import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;


import jo.gov.mol.dwr.mappings.mol.events.Ack;
import jo.gov.mol.dwr.mappings.mol.events.AckStatus;
import jo.gov.mol.dwr.mappings.mol.events.LicenceStatus;
import jo.gov.mol.dwr.mappings.mol.events.MolEventsPortType;
import jo.gov.mol.dwr.mappings.mol.events.OfficeLicence;
import jo.gov.mol.dwr.mappings.mol.events.ValidationError_Exception;
import jo.gov.mol.dwr.routes.app.HubApplication;

/** The hub as MoL's own SOAP stack sees it: a JAX-WS client generated from the published WSDL. */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MolJaxWsClientIntegrationTests {
    @LocalServerPort
    int port;
    MolEventsPortType mol;

    @BeforeEach
    void connect() {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(MolEventsPortType.class);
        factory.setAddress("http://localhost:" + port + "/services/mol/events");
        factory.setUsername("mol");
        factory.setPassword("mol-secret");
        mol = (MolEventsPortType) factory.create();
    }

    @Test
    void acknowledgesALicenceSentByAGeneratedClientAndThenItsRepeat() throws Exception {
        OfficeLicence licence = licence(UUID.randomUUID().toString());

        Ack first = mol.officeLicence(licence);
        Ack again = mol.officeLicence(licence);

        assertThat(first.getStatus()).isEqualTo(AckStatus.ACCEPTED);
        assertThat(first.getMessageId()).isEqualTo(licence.getMessageId());
        assertThat(again.getStatus()).isEqualTo(AckStatus.DUPLICATE);
    }

    @Test
    void givesTheGeneratedClientItsDeclaredValidationFaultForAnInvalidLicence() throws Exception {
        OfficeLicence licence = licence(UUID.randomUUID().toString());
        licence.setLicenceNo("RO-1");

        ValidationError_Exception fault = catchThrowableOfType(ValidationError_Exception.class, () -> mol.officeLicence(licence));

        assertThat(fault.getFaultInfo().getField()).isEqualTo("LicenceNo");
        assertThat(fault.getFaultInfo().getCode()).isEqualTo("invalid_format");
    }

    private static OfficeLicence licence(String messageId) throws Exception {
        DatatypeFactory types = DatatypeFactory.newInstance();
        OfficeLicence licence = new OfficeLicence();
        licence.setMessageId(messageId);
        licence.setSentAt(types.newXMLGregorianCalendar("2026-01-05T11:00:00+03:00"));
        licence.setLicenceNo("RO-0555");
        licence.setNameEn("AL-AMAL RECRUITMENT");
        licence.setNameAr("مكتب الأمل");
        licence.setGovernorate("ZARQA");
        licence.setStatus(LicenceStatus.ACTIVE);
        licence.setValidFrom(types.newXMLGregorianCalendar("2025-01-01"));
        licence.setValidUntil(types.newXMLGregorianCalendar("2027-12-31"));
        licence.setAnnualQuota(BigDecimal.valueOf(120).toBigInteger());
        return licence;
    }

}
