package jo.gov.mol.dwr.sandbox.nation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.moi.approvals.ApprovalDecision;
import jo.gov.mol.dwr.mappings.moi.approvals.Decision;
import jo.gov.mol.dwr.mappings.moi.approvals.ReasonCode;
import jo.gov.mol.dwr.mappings.xml.XmlWriter;
import jo.gov.mol.dwr.sandbox.InboxState;
import jo.gov.mol.dwr.sandbox.border.BorderPosts;
import jo.gov.mol.dwr.sandbox.border.Crossing;
import jo.gov.mol.dwr.sandbox.border.Traveller;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyChannels;
import jo.gov.mol.dwr.sandbox.embassy.PlannedRecord;
import jo.gov.mol.dwr.sandbox.embassy.PhlRun;
import jo.gov.mol.dwr.sandbox.moi.MoiDecisionClient;
import jo.gov.mol.dwr.sandbox.moi.MoiSimulator;
import jo.gov.mol.dwr.sandbox.mol.MolClient;
import jo.gov.mol.dwr.sandbox.mol.MolStream;

/**
 * Sends each of the nation's facts through the channel of the system that records it, with the simulators' own
 * senders: MoL's SOAP client, MoI's decisions client, the border's real-time link (which holds some crossings back
 * a day or two), the PHL events; and at the end of each business day the files of that day ({@link NationFiles}:
 * the border's nightly files, LKA's export, the other embassies' CSV files). It counts every answer, and keeps the
 * ids of what the hub accepted, so that the replay can wait for the registry. Several threads may send at once (one
 * MoL client each); the day is ended by one, once they are done.
 */
final class NationChannels implements AutoCloseable {
    private static final int ATTEMPTS = 4;
    private static final long CASE_REF_WAIT_MILLIS = 3_000;

    /** A message the hub accepted, as the registry will know it. */
    record Accepted(SourceSystem system, String messageId) {
    }

    private final ThreadLocal<MolClient> mol;
    private final MoiDecisionClient moi;
    private final MoiSimulator moiCases;
    private final BorderPosts border;
    private final EmbassyChannels embassies;
    private final ReplayTally tally;
    private final NationFiles files;
    private final List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>());
    /** Real-time crossings the link holds back. */
    private final OnItsWay<Crossing> held = new OnItsWay<>();

    NationChannels(Supplier<MolClient> mol, MoiDecisionClient moi, MoiSimulator moiCases, BorderPosts border,
                   EmbassyChannels embassies, DeliveryNoise noise, ReplayTally tally) {
        this.mol = ThreadLocal.withInitial(mol);
        this.moi = moi;
        this.moiCases = moiCases;
        this.border = border;
        this.embassies = embassies;
        this.tally = tally;
        this.files = new NationFiles(border, embassies, noise, tally);
    }

    void licence(Office office, String messageId, Instant sentAt) {
        sendMol(MolMessages.licence(office, messageId, sentAt), messageId, DeliveryNoise.Twist.NONE);
    }

    void send(Journey journey, Step step, DeliveryNoise.Twist twist) throws InterruptedException {
        if (step instanceof Step.Requested r) {
            sendMol(MolMessages.request(journey, r), r.recordId(), twist);
        } else if (step instanceof Step.PermitIssued p) {
            sendMol(MolMessages.permit(journey, p), p.recordId(), twist);
        } else if (step instanceof Step.Transferred t) {
            sendMol(MolMessages.transfer(journey, t), t.recordId(), twist);
        } else if (step instanceof Step.Complained c) {
            sendMol(MolMessages.complaint(journey, c), c.recordId(), twist);
        } else if (step instanceof Step.Absconded a) {
            sendMol(MolMessages.absconding(journey, a), a.recordId(), twist);
        } else if (step instanceof Step.Decided d) {
            decide(d, twist);
        } else if (step instanceof Step.Crossed c) {
            cross(journey, c, twist);
        } else if (step instanceof Step.Attested a) {
            embassy(EmbassyRecords.of(journey, a, twist.misspelt()), twist);
        } else if (step instanceof Step.WelfareCase w) {
            embassy(EmbassyRecords.of(journey, w, twist.misspelt()), twist);
        }
    }

    /** Drops the day's files, and delivers the real-time crossings held back until now, after them. */
    void endOfDay(LocalDate day) {
        files.endOfDay(day);
        deliverHeld(day);
    }

    /** The span is over: every file and crossing still on its way arrives now. */
    void finish(LocalDate lastDay) {
        files.finish(lastDay);
        deliverHeld(LocalDate.MAX);
    }

    private void deliverHeld(LocalDate day) {
        List<Crossing> due = held.dueBy(day);
        border.inRealTime(due);
        tally.count("border JMS", "held back, sent late", due.size());
    }

    List<Accepted> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    @Override
    public void close() {
        border.close();
    }

    InboxState nightlyFilesWhereabouts() {
        return files.nightlyWhereabouts();
    }

    InboxState embassyFilesWhereabouts() {
        return files.embassyWhereabouts();
    }

    int embassyFilesToRefuse() {
        return files.embassyFilesToRefuse();
    }

    /** Once the hub has taken every file: its reports counted against the rows written broken. */
    void judgeReports() {
        files.judgeReports();
    }

    private void sendMol(Object request, String messageId, DeliveryNoise.Twist twist) {
        if (twist.brokenFirst()) {
            sendMol(MolStream.broken(request, messageId, new Random(messageId.hashCode())));
        }
        if (sendMol(new MolStream.Planned(request, messageId, null, MolStream.Expect.ACCEPTED)) == MolClient.Answer.ACCEPTED) {
            accepted.add(new Accepted(SourceSystem.MOL, messageId));
        }
        if (twist.twice()) {
            sendMol(new MolStream.Planned(request, messageId, null, MolStream.Expect.DUPLICATE));
        }
    }

    private MolClient.Answer sendMol(MolStream.Planned planned) {
        MolClient client = mol.get();
        MolClient.Result result = client.send(planned);
        for (int attempt = 1; attempt < ATTEMPTS && isRetried(result.answer()); attempt++) {
            tally.count("MoL SOAP", "retried");
            result = client.send(planned);
        }
        countAgainst("MoL SOAP", planned.expected().name(), result.answer().name());
        return result.answer();
    }

    /** An answer as planned counts under its name; any other is unexpected. */
    private void countAgainst(String channel, String expected, String answer) {
        tally.count(channel, expected.equals(answer) ? answer : "unexpected " + answer + " (planned " + expected + ")");
    }

    private static boolean isRetried(MolClient.Answer answer) {
        return answer == MolClient.Answer.SERVER_FAULT || answer == MolClient.Answer.FAILED;
    }

    private void decide(Step.Decided step, DeliveryNoise.Twist twist) throws InterruptedException {
        ApprovalDecision decision = new ApprovalDecision();
        decision.setMessageId(step.recordId());
        decision.setSentAt(XmlWriter.dateTime(step.at()));
        decision.setCaseRef(caseRef(step.requestId()));
        decision.setRequestId(step.requestId());
        if (step.approved()) {
            decision.setDecision(Decision.APPROVED);
            decision.setApprovalNo(step.approvalNo());
            decision.setValidUntil(XmlWriter.date(step.validUntil()));
        } else {
            decision.setDecision(Decision.REJECTED);
            decision.setReasonCode(ReasonCode.fromValue(step.reason().name()));
        }
        decision.setDecidedAt(XmlWriter.dateTime(step.at()));
        if (send(decision, MoiDecisionClient.Answer.ACCEPTED) == MoiDecisionClient.Answer.ACCEPTED) {
            accepted.add(new Accepted(SourceSystem.MOI, step.recordId()));
        }
        if (twist.twice()) {
            send(decision, MoiDecisionClient.Answer.DUPLICATE);
        }
    }

    private MoiDecisionClient.Answer send(ApprovalDecision decision, MoiDecisionClient.Answer expected) {
        MoiDecisionClient.Result result = moi.send(decision);
        for (int attempt = 1; attempt < ATTEMPTS && result.answer() == MoiDecisionClient.Answer.RETRY; attempt++) {
            tally.count("MoI SOAP", "retried");
            result = moi.send(decision);
        }
        countAgainst("MoI SOAP", expected.name(), result.answer().name());
        return result.answer();
    }

    /** The CaseRef MoI gave the hub's ApprovalRequest; the hub asks as soon as it accepts MoL's request. */
    private String caseRef(String requestId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + CASE_REF_WAIT_MILLIS;
        while (moiCases.caseRefOf(requestId).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        return moiCases.caseRefOf(requestId).orElse("MOI-CASE-" + requestId.substring("MOL-REQ-".length()));
    }

    private void cross(Journey journey, Step.Crossed step, DeliveryNoise.Twist twist) {
        String requestId = journey.first(Step.Requested.class).map(Step.Requested::requestId).orElse(null);
        Crossing crossing = new Crossing(UUID.fromString(step.recordId()), step.point(), step.direction(), step.at(),
                new Traveller(step.passport(), requestId), step.visaRef(), step.lost());
        if (twist.daysHeld() > 0) {
            held.arrivesOn(step.date().plusDays(twist.daysHeld() - 1), crossing);
        } else {
            border.inRealTime(List.of(crossing));
            tally.count("border JMS", crossing.lost() ? "lost" : "sent");
        }
        accepted.add(new Accepted(SourceSystem.BORDER, step.recordId()));
        files.add(crossing, twist);
    }

    private void embassy(PlannedRecord record, DeliveryNoise.Twist twist) {
        if (!"PHL".equals(record.embassy())) {
            files.add(record, twist);
            return;
        }
        PlannedRecord sent = twist.twice() ? withTwist(record, PlannedRecord.Twist.SENT_TWICE) : record;
        PhlRun run = embassies.post(List.of(sent));
        tally.count("PHL REST", "ACCEPTED", run.accepted());
        tally.count("PHL REST", "DUPLICATE", run.duplicates());
        tally.count("PHL REST", "unexpected refusal", run.refused() + run.unauthorized());
        tally.count("PHL REST", "unexpected answer", run.unexpected());
        if (run.accepted() > 0) {
            accepted.add(new Accepted(SourceSystem.EMBASSY_PHL, record.eventId().toString()));
        }
    }

    private static PlannedRecord withTwist(PlannedRecord r, PlannedRecord.Twist twist) {
        return new PlannedRecord(r.kind(), r.embassy(), r.reference(), r.eventId(), r.worker(), r.middleName(),
                r.occurredAt(), r.officeLicenceNo(), r.employerId(), r.salary(), r.currency(), r.status(), r.reason(),
                r.category(), r.summary(), twist);
    }
}
