package jo.gov.mol.dwr.sandbox.mol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.transform.dom.DOMResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import jakarta.xml.bind.JAXBContext;

import jo.gov.mol.dwr.mappings.mol.MolEvents;
import jo.gov.mol.dwr.mappings.mol.events.ObjectFactory;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.xml.SafeXml;
import jo.gov.mol.dwr.sandbox.mol.MolStream.Expect;
import jo.gov.mol.dwr.sandbox.mol.MolStream.Planned;

class MolStreamTests {
    private static final MolStream STREAM = MolStream.generate(42, 200, 4, 0.05, 0.03);

    @Test
    void givesTheSameStreamForTheSameSeed() {
        MolStream again = MolStream.generate(42, 200, 4, 0.05, 0.03);

        assertThat(again.all()).extracting(Planned::messageId, Planned::type, Planned::expected)
                .containsExactlyElementsOf(STREAM.all().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.messageId(), p.type(), p.expected())).toList());
        assertThat(MolStream.generate(43, 200, 4, 0.05, 0.03).all().get(0).messageId()).isNotEqualTo(STREAM.all().get(0).messageId());
    }

    @Test
    void sendsAllSixMessagesOfTheContractAndOfficesFirst() {
        assertThat(STREAM.all().stream().map(Planned::type).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "OfficeLicence", "RecruitmentRequest", "WorkPermit", "Complaint", "AbscondingReport", "EmployerTransfer");
        assertThat(STREAM.officeLanes()).flatExtracting(lane -> lane).extracting(Planned::type).containsOnly("OfficeLicence");
        assertThat(STREAM.offices()).isBetween(24, 48);
        assertThat(STREAM.workerLanes()).hasSize(4);
    }

    @Test
    void resendsAboutOneInTwentyAndBreaksAboutOneInThirty() {
        double size = STREAM.size();

        assertThat(STREAM.expected(Expect.DUPLICATE) / size).isBetween(0.03, 0.07);
        assertThat(STREAM.expected(Expect.REFUSED) / size).isBetween(0.015, 0.045);
    }

    @Test
    void keepsEveryMessageIdForOneFactOnly() {
        Set<String> ids = STREAM.all().stream().filter(p -> p.expected() == Expect.ACCEPTED).map(Planned::messageId).collect(Collectors.toSet());

        assertThat(ids).hasSize((int) STREAM.expected(Expect.ACCEPTED));
    }

    /** The hub's own reading of the contract (schema and rules) agrees with the plan, message by message. */
    @ParameterizedTest
    @ValueSource(longs = {1, 42})
    void plansAnswersThatTheContractGives(long seed) throws Exception {
        JAXBContext jaxb = JAXBContext.newInstance(ObjectFactory.class);
        // many broken messages, so that every defect meets every message it fits
        List<Planned> all = MolStream.generate(seed, 300, 2, 0.1, 0.5).all();
        assertThat(all).extracting(Planned::defect).contains(Defect.values());
        for (Planned planned : all) {
            if (planned.defect() != null && planned.defect().isRaw()) {
                String envelope = MolXml.envelope(planned.request());
                byte[] cut = envelope.substring(0, envelope.length() / 2).getBytes(StandardCharsets.UTF_8);
                assertThatThrownBy(() -> SafeXml.parse(cut)).as(planned.toString()).isInstanceOf(InvalidMessageException.class);
                continue;
            }
            DOMResult dom = new DOMResult();
            jaxb.createMarshaller().marshal(planned.request(), dom);
            Element request = ((Document) dom.getNode()).getDocumentElement();
            if (planned.expected() == Expect.REFUSED) {
                assertThatThrownBy(() -> MolEvents.read(request)).as(planned.type() + " with " + planned.defect())
                        .isInstanceOf(InvalidMessageException.class);
            } else {
                assertThat(MolEvents.read(request).messageId()).as(planned.type()).isEqualTo(planned.messageId());
            }
        }
    }
}
