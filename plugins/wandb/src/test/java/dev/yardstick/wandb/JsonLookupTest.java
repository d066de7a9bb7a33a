package dev.yardstick.wandb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLookupTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    @ParameterizedTest(name = "summary {0} [{1}] → {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "{\"overview/sps\": 12.5}|overview/sps|12.5",
        "{\"overview\": {\"sps\": 7}}|overview/sps|7",
        "{\"overview/sps\": 1, \"overview\": {\"sps\": 2}}|overview/sps|1",
        "{\"env_agent\": {\"heart.amount\": 3.25}}|env_agent/heart.amount|3.25",
        "{\"system.gpu.0.gpu\": 88}|system.gpu.0.gpu|88",
        "{\"system\": {\"gpu\": 88}}|system.gpu.0.gpu|NONE",
        "{\"accuracy\": NaN}|accuracy|NONE",
        "{\"loss\": Infinity}|loss|NONE",
        "{\"accuracy\": \"0.9\"}|accuracy|NONE",
        "{\"accuracy\": {\"_type\": \"histogram\"}}|accuracy|NONE",
        "{\"accuracy\": true}|accuracy|NONE",
        "{\"accuracy\": null}|accuracy|NONE",
        "{}|accuracy|NONE",
        "{\"a\": {\"b\": {\"c\": -4}}}|a/b/c|-4"})
    void summaryKeysAreExactFirstThenPathsAndOnlyFiniteNumbersCount(String json, String key, Double expected)
            throws Exception {
        assertEquals(expected == null ? OptionalDouble.empty() : OptionalDouble.of(expected),
                JsonLookup.summaryNumber(MAPPER.readTree(json), key));
    }

    @ParameterizedTest(name = "config {0} [{1}] → {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "{\"gpu_count\": {\"value\": 8, \"desc\": null}}|gpu_count|8",
        "{\"gpu_count\": 4}|gpu_count|4",
        "{\"gpu_count\": {\"value\": \"eight\"}}|gpu_count|NONE",
        "{\"trainer\": {\"value\": {\"num_gpus\": 2}}}|trainer/num_gpus|2",
        "{\"trainer\": {\"num_gpus\": {\"value\": 6}}}|trainer/num_gpus|6",
        "{\"num_gpus\": {\"desc\": \"no value\"}}|num_gpus|NONE"})
    void configValuesAreUnwrapped(String json, String key, Double expected) throws Exception {
        JsonNode config = MAPPER.readTree(json);
        assertEquals(expected == null ? OptionalDouble.empty() : OptionalDouble.of(expected),
                JsonLookup.configNumber(config, key));
    }
}
