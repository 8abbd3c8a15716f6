package jo.gov.mol.dwr.registry.reference;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A rule set's rules as one JSON document in one column, in the shape they are posted: a new threshold is a new
 * member of the document, not a new column. Written with plain decimals, in a fixed order.
 */
@Converter
class RulesJson implements AttributeConverter<Rules, String> {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    @Override
    public String convertToDatabaseColumn(Rules rules) {
        try {
            return JSON.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("rules cannot be written as JSON: " + rules, e);
        }
    }

    @Override
    public Rules convertToEntityAttribute(String json) {
        try {
            return JSON.readValue(json, Rules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rules kept are not JSON of their shape: " + json, e);
        }
    }
}
