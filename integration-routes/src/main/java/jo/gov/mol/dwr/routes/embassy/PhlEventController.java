package jo.gov.mol.dwr.routes.embassy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.embassy.PhlEvents;
import jo.gov.mol.dwr.mappings.embassy.PhlMessage;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;
import jo.gov.mol.dwr.routes.intake.Acceptance;
import jo.gov.mol.dwr.routes.intake.Intake;
import jo.gov.mol.dwr.routes.intake.MessageIdConflictException;
import jo.gov.mol.dwr.routes.intake.Submission;
import jo.gov.mol.dwr.routes.problem.HubProblem;
import jo.gov.mol.dwr.routes.problem.ProblemResponses;
import jo.gov.mol.dwr.routes.refusal.Refusals;

/**
 * The Philippine embassy's events in (interfaces.md 4a): {@code POST /api/embassies/PHL/events}. The token was checked
 * and the body bounded before this runs. An event is answered 202 only once it is durable; every refusal is an RFC
 * 9457 problem and leaves only its record.
 */
@RestController
class PhlEventController {
    static final String EVENTS = "/api/embassies/PHL/events";
    private static final SourceSystem PHL = SourceSystem.EMBASSY_PHL;
    private static final Logger LOG = LoggerFactory.getLogger(PhlEventController.class);

    /** The answer to an event kept: ACCEPTED, or DUPLICATE for an id accepted before with the same content. */
    record PhlAnswer(String eventId, Acceptance.Status status) {
    }

    private final Intake intake;
    private final Refusals refusals;

    PhlEventController(Intake intake, Refusals refusals) {
        this.intake = intake;
        this.refusals = refusals;
    }

    @PostMapping(EVENTS)
    ResponseEntity<?> receive(@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                              @RequestBody(required = false) byte[] body, Principal embassy) {
        if (!isJson(contentType)) {
            return ProblemResponses.entity(HubProblem.UNSUPPORTED_MEDIA_TYPE.detail(
                    "the body was sent as " + contentType + "; send it as application/json in UTF-8"));
        }
        byte[] raw = body == null ? new byte[0] : body;
        PhlMessage message;
        try {
            message = PhlEvents.read(raw);
        } catch (InvalidMessageException invalid) {
            refusals.record(PHL, embassy.getName(), PhlEvents.eventIdOf(raw), 400, invalid.errors());
            return ProblemResponses.entity(HubProblem.INVALID_MESSAGE.detail(
                    "the event has " + invalid.errors().size() + " problem(s), each named by its pointer", invalid.errors()));
        }
        try {
            // PHL's records carry the instant they occurred at: the registry's current version is the latest by it
            Acceptance acceptance = intake.accept(new Submission(PHL, embassy.getName(), message.eventId(),
                    message.event().businessTime(), message.event(), raw));
            return ResponseEntity.accepted().body(new PhlAnswer(message.eventId(), acceptance.status()));
        } catch (MessageIdConflictException conflict) {
            List<ValidationError> errors = List.of(new ValidationError("/eventId", ErrorCode.MESSAGE_ID_CONFLICT,
                    "eventId " + message.eventId() + " was accepted before with different content; a new version needs a new eventId"));
            refusals.record(PHL, embassy.getName(), message.eventId(), 409, errors);
            return ProblemResponses.entity(HubProblem.MESSAGE_ID_CONFLICT.detail(errors.get(0).reason(), errors));
        } catch (RuntimeException notKept) {
            LOG.error("not persisted system={} eventId={}: {}", PHL, message.eventId(), String.valueOf(notKept), notKept);
            return ProblemResponses.entity(HubProblem.NOT_PERSISTED.detail(
                    "event " + message.eventId() + " was not kept; send it again later"));
        }
    }

    /** JSON is UTF-8 (RFC 8259): application/json, with no charset or UTF-8. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            Charset charset = type.getCharset();
            return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                    && (charset == null || charset.equals(StandardCharsets.UTF_8));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
