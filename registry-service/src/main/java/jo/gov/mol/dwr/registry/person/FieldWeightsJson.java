package jo.gov.mol.dwr.registry.person;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jo.gov.mol.dwr.registry.linkage.FieldWeight;

/**
 * A score's fields as a JSON array ({@code [{"field":"name","level":"EXACT","weight":11.28}, …]}): one column
 * holds the whole explanation, whatever fields a later model compares.
 */
@Converter
class FieldWeightsJson implements AttributeConverter<List<FieldWeight>, String> {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FieldWeight>> FIELDS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<FieldWeight> fields) {
        if (fields == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("field weights cannot be written as JSON: " + fields, e);
        }
    }

    @Override
    public List<FieldWeight> convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try {
            return List.copyOf(JSON.readValue(json, FIELDS));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("field weights kept are not JSON: " + json, e);
        }
    }
}
