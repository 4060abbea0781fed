package org.yjhub.budget.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Amounts arrive as raw JSON nodes so that every bad one can be reported; reading decimals as {@link java.math.BigDecimal}
 * keeps them exact (54015.5 stays 54015.5, 16.595 keeps its third decimal, 1e400 does not become infinity).
 */
@Singleton
public class JsonNumbersConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
