package dev.yardstick.runtime.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatadogNamingTest {
    @ParameterizedTest(name = "metric ''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "<none>", value = {
        "github.prs.open            | github.prs.open",
        "Github.PRs.Open            | Github.PRs.Open",
        "1github.prs                | github.prs",
        "_.x                        | x",
        "ci duration-p90            | ci_duration_p90",
        "ジョブ.count                | count",
        "...                        | <none>",
        "123                        | <none>",
    })
    void metricNames(String input, String expected) {
        assertEquals(Optional.ofNullable(expected), DatadogNaming.metricName(input.strip()));
    }

    @ParameterizedTest(name = "tag ''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "<none>", value = {
        "repo:acme/widgets          | repo:acme/widgets",
        "Env:Production             | env:production",
        "team:ml infra              | team:ml_infra",
        "key:                       | key",
        "a:b:c                      | a:b:c",
        "host:ip-10.0.0.1           | host:ip-10.0.0.1",
        "tag:a,b;c                  | tag:a_b_c",
        "3d:x                       | <none>",
        ":x                         | <none>",
        "name:日本                   | name:日本",
        "emoji:ok😀                 | emoji:ok_",
    })
    void tags(String input, String expected) {
        assertEquals(Optional.ofNullable(expected), DatadogNaming.tag(input.strip()));
    }

    @ParameterizedTest(name = "{0} chars are cut to 200")
    @CsvSource({"200", "201", "500"})
    void longNamesAreCut(int length) {
        String name = "a" + "b".repeat(length - 1);
        assertEquals(Math.min(length, 200), DatadogNaming.metricName(name).orElseThrow().length());
        assertEquals(Math.min(length, 200), DatadogNaming.tag(name).orElseThrow().length());
    }

    @ParameterizedTest(name = "metric ''{0}'' valid as is: {1}")
    @CsvSource(delimiter = '|', value = {
        "github.prs.open   | true",
        "Github.PRs_Open2  | true",
        "1github.prs       | false",
        "ci duration       | false",
        "ジョブ.count       | false",
        "''                | false",
    })
    void validNamesAreRecognisedWithoutRepair(String input, boolean valid) {
        assertEquals(valid, DatadogNaming.isValidMetricName(input.strip()));
        if (valid) {
            assertEquals(Optional.of(input.strip()), DatadogNaming.metricName(input.strip()));
        }
    }

    @ParameterizedTest(name = "tag ''{0}'':''{1}'' valid as is: {2}")
    @CsvSource(delimiter = '|', value = {
        "repo     | acme/widgets   | true",
        "host     | ip-10.0.0.1    | true",
        "a        | b:c            | true",
        "bare     | ''             | true",
        "env      | Production     | false",
        "Env      | production     | false",
        "team     | ml infra       | false",
        "a        | b:             | false",
        "a:b      | c              | false",
        "3d       | x              | false",
        "name     | 日本            | false",
    })
    void validTagsAreRecognisedWithoutRepair(String key, String value, boolean valid) {
        String rendered = value.isEmpty() ? key : key + ":" + value;
        assertEquals(valid, DatadogNaming.isValidTag(key, value));
        if (valid) {
            assertEquals(Optional.of(rendered), DatadogNaming.tag(rendered));
        }
    }

    @ParameterizedTest(name = "{0} chars valid as is: {1}")
    @CsvSource({"200, true", "201, false"})
    void validityHonoursTheLengthLimit(int length, boolean valid) {
        String name = "a" + "b".repeat(length - 1);
        assertEquals(valid, DatadogNaming.isValidMetricName(name));
        assertEquals(valid, DatadogNaming.isValidTag("k", name.substring(2)));
    }
}
