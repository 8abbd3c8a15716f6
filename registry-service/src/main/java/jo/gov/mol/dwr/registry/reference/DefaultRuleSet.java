package jo.gov.mol.dwr.registry.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import jo.gov.mol.dwr.registry.api.RequestRefused;

/**
 * Writes version 1, the defaults of policy.md and interfaces.md 5 effective from 2020-01-01, when no rule set is
 * kept. It is read from {@value #RESOURCE}, in the shape an administrator posts, and checked by the same reader.
 * It runs once every bean exists and before the intake's listeners start, so no event is judged without rules.
 */
@Component
class DefaultRuleSet implements SmartInitializingSingleton {
    static final String RESOURCE = "rule-set-1.json";
    static final String AUTHOR = "registry";
    private static final Logger LOG = LoggerFactory.getLogger(DefaultRuleSet.class);

    private final ReferenceDataChanges changes;

    DefaultRuleSet(ReferenceDataChanges changes) {
        this.changes = changes;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (changes.seed(read(), AUTHOR)) {
            LOG.info("wrote the default rule set as version 1");
        }
    }

    static NewRuleSet read() {
        try (InputStream json = DefaultRuleSet.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("the default rule set " + RESOURCE + " is not on the classpath");
            }
            JsonNode body = JsonMapper.builder().build().readTree(json);
            return RulesReader.newRuleSet(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the default rule set " + RESOURCE + " cannot be read", e);
        } catch (RequestRefused invalid) {
            throw new IllegalStateException("the default rule set " + RESOURCE + " is invalid: " + invalid.errors(), invalid);
        }
    }
}
