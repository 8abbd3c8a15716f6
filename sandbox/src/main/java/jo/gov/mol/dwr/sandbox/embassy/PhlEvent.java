package jo.gov.mol.dwr.sandbox.embassy;

import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;

/**
 * A record as the Philippine embassy posts it (interfaces.md 4a): a {@code CONTRACT_VERIFICATION} (VERIFIED or
 * DENIED) or a {@code WELFARE_CASE}, the worker's name in its three parts, {@code occurredAt} with its offset.
 */
final class PhlEvent {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private PhlEvent() {
    }

    static byte[] body(PlannedRecord record) {
        return bytes(json(record));
    }

    /** The record with one defect, which the hub is to refuse naming {@link PhlDefect#pointer()}. */
    static byte[] broken(PlannedRecord record, PhlDefect defect) {
        ObjectNode event = json(record);
        defect.applyTo(event);
        return bytes(event);
    }

    static ObjectNode json(PlannedRecord record) {
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", record.eventId().toString());
        event.put("type", record.isAttestation() ? "CONTRACT_VERIFICATION" : "WELFARE_CASE");
        event.put("occurredAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(record.occurredAt()));
        ObjectNode worker = event.putObject("worker");
        worker.put("passportNo", record.worker().passportNo());
        worker.put("lastName", record.worker().surname());
        worker.put("firstName", record.worker().givenNames());
        if (record.middleName() != null) {
            worker.put("middleName", record.middleName());
        }
        worker.put("birthDate", ISO_DATE.format(record.worker().birthDate()));
        worker.put("sex", record.worker().sex());
        if (record.officeLicenceNo() != null) {
            event.put("agencyLicenceNo", record.officeLicenceNo());
        }
        if (record.employerId() != null) {
            event.put("employerId", record.employerId());
        }
        if (record.isAttestation()) {
            ObjectNode salary = event.putObject("monthlySalary");
            salary.put("amount", record.salary());
            salary.put("currency", record.currency());
            ObjectNode verification = event.putObject("verification");
            verification.put("reference", record.reference());
            verification.put("status", record.status() == AttestationStatus.ATTESTED ? "VERIFIED" : "DENIED");
            verification.put("reason", record.reason());
        } else {
            ObjectNode welfareCase = event.putObject("case");
            welfareCase.put("reference", record.reference());
            welfareCase.put("category", record.category().name());
            welfareCase.put("summary", record.summary());
        }
        return event;
    }

    private static byte[] bytes(ObjectNode event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a PHL event", e);
        }
    }
}
