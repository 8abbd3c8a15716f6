package jo.gov.mol.dwr.mappings.embassy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.EmbassyRecordTime;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.FieldErrors;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.InvalidValueException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * The Philippine embassy's JSON events (interfaces.md 4a): the JSON Schema {@value #SCHEMA}, then the rules every
 * embassy record shares. Every problem is named by its JSON Pointer ({@code /worker/birthDate}).
 */
public final class PhlEvents {
    public static final String SCHEMA = "embassy/phl-event.schema.json";
    public static final CountryCode EMBASSY = CountryCode.of("PHL");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonSchema CONTRACT = load();
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final EmbassyRecordMapper.Forms FORMS =
            new EmbassyRecordMapper.Forms(value -> EmbassyRecordTime.at(instant(value)), PhlEvents::date);
    private static final EmbassyRecordMapper.Fields VERIFICATION = fields("/verification/reference");
    private static final EmbassyRecordMapper.Fields WELFARE_CASE = fields("/case/reference");

    private PhlEvents() {
    }

    /**
     * @throws InvalidMessageException {@code malformed_message} for a body that is not a JSON object, or one error
     *                                 per problem, each named by its JSON Pointer
     */
    public static PhlMessage read(byte[] body) {
        JsonNode event = parse(body);
        FieldErrors errors = new FieldErrors();
        for (ValidationMessage problem : CONTRACT.validate(event)) {
            errors.add(pointer(problem), code(problem), problem.getMessage());
        }
        String eventId = text(event.path("eventId"));
        String type = text(event.path("type"));
        boolean welfare = "WELFARE_CASE".equals(type);
        JsonNode worker = event.path("worker");
        JsonNode salary = event.path("monthlySalary");
        JsonNode verification = event.path("verification");
        JsonNode welfareCase = event.path("case");
        EmbassyRecord record = new EmbassyRecord(
                "CONTRACT_VERIFICATION".equals(type) ? EmbassyRecord.ATTESTATION : type,
                text(welfare ? welfareCase.path("reference") : verification.path("reference")),
                text(event.path("occurredAt")), text(worker.path("passportNo")), name(worker),
                text(worker.path("birthDate")), text(worker.path("sex")), text(event.path("agencyLicenceNo")),
                text(event.path("employerId")), text(salary.path("amount")), text(salary.path("currency")),
                status(text(verification.path("status"))), text(welfareCase.path("category")),
                text(verification.path("reason")), text(welfareCase.path("summary")));
        var fact = new EmbassyRecordMapper(EMBASSY, welfare ? WELFARE_CASE : VERIFICATION, FORMS, errors).map(record);
        return new PhlMessage(eventId, fact);
    }

    /** The embassy's own message id, read as far as it can be: for a refusal's record of a body read no further. */
    public static String eventIdOf(byte[] body) {
        try {
            return text(JSON.readTree(body).path("eventId"));
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode parse(byte[] body) {
        JsonNode event;
        try {
            event = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw refused("the body is not well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (event == null || !event.isObject()) {
            throw refused("the body must be one JSON object");
        }
        return event;
    }

    /** The names the embassy gives the fields: JSON Pointers; the worker's name is reported at its last name. */
    private static EmbassyRecordMapper.Fields fields(String reference) {
        return new EmbassyRecordMapper.Fields("/type", reference, "/occurredAt", "/worker/passportNo",
                "/worker/lastName", "/worker/birthDate", "/worker/sex", "/agencyLicenceNo", "/employerId",
                "/monthlySalary/amount", "/monthlySalary/currency", "/verification/status", "/case/category",
                "/verification/reason", "/case/summary");
    }

    /** The whole name in the order the other systems write it: first, middle, last. */
    private static String name(JsonNode worker) {
        StringJoiner name = new StringJoiner(" ");
        for (String part : new String[] {"firstName", "middleName", "lastName"}) {
            String value = text(worker.path(part));
            if (value != null && !value.isBlank()) {
                name.add(value.strip());
            }
        }
        return name.length() == 0 ? null : name.toString();
    }

    /** PHL's VERIFIED and DENIED are the policy's ATTESTED and REFUSED; another value is refused by the schema. */
    private static String status(String value) {
        if ("VERIFIED".equals(value)) {
            return "ATTESTED";
        }
        return "DENIED".equals(value) ? "REFUSED" : value;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }

    private static java.time.Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw InvalidValueException.format(value, "a date and time with its offset",
                    "ISO-8601, for example 2026-03-05T10:15:00+03:00");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeException e) {
            throw InvalidValueException.format(value, "a date", "yyyy-MM-dd");
        }
    }

    /** The pointer of the field the problem is about: for a missing property, the property itself. */
    private static String pointer(ValidationMessage problem) {
        String at = problem.getInstanceLocation().toString();
        if ("required".equals(problem.getType()) && problem.getProperty() != null) {
            return at + "/" + problem.getProperty();
        }
        return at;
    }

    private static ErrorCode code(ValidationMessage problem) {
        return switch (problem.getType()) {
            case "required" -> ErrorCode.REQUIRED;
            case "enum", "const" -> ErrorCode.INVALID_VALUE;
            case "maxLength", "maxItems" -> ErrorCode.TOO_LONG;
            case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" -> ErrorCode.OUT_OF_RANGE;
            case "additionalProperties", "unevaluatedProperties" -> ErrorCode.UNEXPECTED_ELEMENT;
            default -> ErrorCode.INVALID_FORMAT;
        };
    }

    private static InvalidMessageException refused(String reason) {
        return new InvalidMessageException(new ValidationError("", ErrorCode.MALFORMED_MESSAGE, reason));
    }

    private static JsonSchema load() {
        try (InputStream schema = PhlEvents.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (schema == null) {
                throw new IllegalStateException("schema not on the classpath: " + SCHEMA);
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
