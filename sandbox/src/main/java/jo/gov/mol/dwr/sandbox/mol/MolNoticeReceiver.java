package jo.gov.mol.dwr.sandbox.mol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.datatype.XMLGregorianCalendar;

import org.springframework.stereotype.Component;

import jakarta.jws.WebService;

import jo.gov.mol.dwr.mappings.mol.notices.Ack;
import jo.gov.mol.dwr.mappings.mol.notices.AckStatus;
import jo.gov.mol.dwr.mappings.mol.notices.ApprovalDecisionNotice;
import jo.gov.mol.dwr.mappings.mol.notices.AttestationNotice;
import jo.gov.mol.dwr.mappings.mol.notices.Crossing;
import jo.gov.mol.dwr.mappings.mol.notices.MolNoticesPortType;
import jo.gov.mol.dwr.mappings.mol.notices.OfficeClassificationNotice;
import jo.gov.mol.dwr.mappings.xml.XmlWriter;
import jo.gov.mol.dwr.sandbox.AttestationFact;
import jo.gov.mol.dwr.sandbox.CrossingFact;
import jo.gov.mol.dwr.sandbox.DecisionFact;

/**
 * MoL's notices service (interfaces.md 1b), as the hub sees it: the published {@code mol/dws-notify.wsdl}, notices
 * validated against the schema. A notice with a new MessageId is answered {@code ACCEPTED}, a repeat
 * {@code DUPLICATE} (the hub sends one notice under one MessageId on every attempt); each is counted by type, and
 * a decision's, a crossing's or an attestation's notice kept as the fact it states.
 */
@Component
@WebService(endpointInterface = "jo.gov.mol.dwr.mappings.mol.notices.MolNoticesPortType",
        targetNamespace = "urn:jo:gov:mol:dws:notify:1", serviceName = "MolNoticesService", portName = "MolNoticesPort",
        wsdlLocation = "mol/dws-notify.wsdl")
public class MolNoticeReceiver implements MolNoticesPortType {

    /**
     * A notice as first received; {@code decision} only for an {@code ApprovalDecisionNotice}, {@code crossing} only
     * for an {@code ArrivalNotice} or a {@code DepartureNotice}, {@code attestation} only for an
     * {@code AttestationNotice}.
     */
    public record Notice(String type, String messageId, DecisionFact decision, CrossingFact crossing,
                         AttestationFact attestation) {
    }

    private final Map<String, Notice> notices = new LinkedHashMap<>();
    private final Map<String, Integer> received = new LinkedHashMap<>();

    @Override
    public Ack approvalDecisionNotice(ApprovalDecisionNotice notice) {
        DecisionFact fact = new DecisionFact(notice.getRequestId(), notice.getDecision().value(), notice.getApprovalNo(),
                notice.getReasonCode() == null ? null : notice.getReasonCode().value(), date(notice.getValidUntil()));
        return receive(new Notice("ApprovalDecisionNotice", notice.getMessageId(), fact, null, null));
    }

    @Override
    public Ack arrivalNotice(Crossing notice) {
        return receive(crossing("ArrivalNotice", notice));
    }

    @Override
    public Ack departureNotice(Crossing notice) {
        return receive(crossing("DepartureNotice", notice));
    }

    @Override
    public Ack attestationNotice(AttestationNotice notice) {
        AttestationFact fact = new AttestationFact(notice.getPassportNo(), notice.getNationality(), notice.getEmbassy(),
                notice.getStatus().value(), notice.getReference());
        return receive(new Notice("AttestationNotice", notice.getMessageId(), null, null, fact));
    }

    @Override
    public Ack officeClassificationNotice(OfficeClassificationNotice notice) {
        return receive(new Notice("OfficeClassificationNotice", notice.getMessageId(), null, null, null));
    }

    /** How often a notice with this MessageId was received (0 for never). */
    public synchronized int received(String messageId) {
        return received.getOrDefault(messageId, 0);
    }

    /** Every distinct notice, in the order first received. */
    public synchronized Map<String, Notice> notices() {
        return Map.copyOf(notices);
    }

    /** The decisions MoL heard of, one per distinct ApprovalDecisionNotice. */
    public synchronized Set<DecisionFact> decisionFacts() {
        Set<DecisionFact> facts = new LinkedHashSet<>();
        notices.values().stream().filter(n -> n.decision() != null).forEach(n -> facts.add(n.decision()));
        return facts;
    }

    /** The crossings MoL heard of, one per distinct ArrivalNotice or DepartureNotice. */
    public synchronized Set<CrossingFact> crossingFacts() {
        Set<CrossingFact> facts = new LinkedHashSet<>();
        notices.values().stream().filter(n -> n.crossing() != null).forEach(n -> facts.add(n.crossing()));
        return facts;
    }

    /** The attestations MoL heard of, by the MessageId of their distinct AttestationNotice. */
    public synchronized Map<String, AttestationFact> attestationFacts() {
        Map<String, AttestationFact> facts = new LinkedHashMap<>();
        notices.values().stream().filter(n -> n.attestation() != null).forEach(n -> facts.put(n.messageId(), n.attestation()));
        return facts;
    }

    public synchronized MolNoticeSummary summary() {
        Map<String, Long> byType = new TreeMap<>();
        notices.values().forEach(n -> byType.merge(n.type(), 1L, Long::sum));
        long calls = received.values().stream().mapToLong(Integer::longValue).sum();
        return new MolNoticeSummary(calls, notices.size(), calls - notices.size(), byType);
    }

    private synchronized Ack receive(Notice notice) {
        int times = received.merge(notice.messageId(), 1, Integer::sum);
        notices.putIfAbsent(notice.messageId(), notice);
        Ack ack = new Ack();
        ack.setMessageId(notice.messageId());
        ack.setStatus(times == 1 ? AckStatus.ACCEPTED : AckStatus.DUPLICATE);
        ack.setReceivedAt(XmlWriter.dateTime(Instant.now()));
        return ack;
    }

    private static Notice crossing(String type, Crossing notice) {
        CrossingFact fact = CrossingFact.ofNotice(type, notice.getPassportNo(), notice.getNationality(),
                notice.getCrossingPoint().value(), notice.getOccurredAt().toGregorianCalendar().toInstant());
        return new Notice(type, notice.getMessageId(), null, fact, null);
    }

    private static LocalDate date(XMLGregorianCalendar date) {
        return date == null ? null : LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    }
}
