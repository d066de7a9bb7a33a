package dev.yardstick.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueTypesTest {

    @ParameterizedTest(name = "reference {0}, value {1}")
    @CsvSource(delimiter = '|', value = {
        "120s          | 30s           | ''",
        "120s          | 2000          | ''",
        "120s          | '\"5m\"'      | ''",
        "120s          | abc           | expected a duration, got 'abc'",
        "64MiB         | 10MB          | ''",
        "64MiB         | lots          | expected a size in bytes, got 'lots'",
        "4             | '\"8\"'       | ''",
        "4             | four          | expected a number, got 'four'",
        "4             | [1]           | expected a number, got a list",
        "true          | '\"off\"'     | ''",
        "true          | maybe         | expected a boolean, got 'maybe'",
        "null          | anything      | ''",
        "null          | 3             | ''",
        "null          | {a = 1}       | expected a single value, got an object",
        "[]            | [x, y]        | ''",
        "[]            | x             | expected a list, got 'x'",
        "{}            | {k = v}       | ''",
        "{}            | 1             | expected an object, got '1'",
        "'\"0.1.0\"'   | 2             | ''",
        "auto          | false         | ''",
        "auto          | [a]           | expected a string, got a list",
        "anything      | null          | ''",
    })
    void valuesMustHaveTheReferenceType(String reference, String actual, String problem) {
        assertEquals(problem.isEmpty() ? Optional.empty() : Optional.of(problem),
                ValueTypes.mismatch(value(actual), value(reference), true));
    }

    @ParameterizedTest(name = "{0}: reference {1}, value {2}")
    @CsvSource(delimiter = '|', value = {
        "deadline      | 12m      | 1s         | ''",
        "deadline      | 12m      | 0s         | must be a positive duration, got '0s'",
        "deadline      | 12m      | -1s        | must be a positive duration, got '-1s'",
        "deadline      | 12m      | -5         | must be a positive duration, got '-5'",
        "jitter        | 30s      | 0s         | ''",
        "jitter        | 30s      | -1s        | must be a non-negative duration, got '-1s'",
        "timeout       | null     | -1s        | must be a positive duration, got '-1s'",
        "timeout       | null     | -1         | must be a positive duration, got '-1'",
        "timeout       | null     | 30s        | ''",
        "lookback      | null     | '\"-2h\"'  | must be a positive duration, got '-2h'",
        "api-url       | null     | '\"https://h\"' | ''",
        "label         | null     | -1         | ''",
        "max-tags      | 30       | -1         | must not be negative, got '-1'",
        "max-tags      | 30       | '\"-1\"'   | must not be negative, got '-1'",
        "max-retries   | 6        | 0          | ''",
        "weight        | 0.5      | -0.1       | must not be negative, got '-0.1'",
        "offset        | -3       | -10        | ''",
        "max-bytes     | 64MiB    | 0          | ''",
    })
    void valuesOfTheRightTypeMustBeInRange(String key, String reference, String actual, String problem) {
        assertEquals(problem.isEmpty() ? Optional.empty() : Optional.of(problem),
                ValueTypes.outOfRange(key, value(actual), value(reference)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hunter2-password", "'[1, 2]'"})
    void secretValuesAreNotQuoted(String actual) {
        String problem = ValueTypes.mismatch(value(actual), value("4"), false).orElseThrow();

        assertEquals(false, problem.contains("hunter2"), problem);
    }

    private static ConfigValue value(String hocon) {
        return ConfigFactory.parseString("v = " + hocon).root().get("v");
    }
}
