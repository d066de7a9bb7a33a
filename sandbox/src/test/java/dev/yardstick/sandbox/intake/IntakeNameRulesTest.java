package dev.yardstick.sandbox.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntakeNameRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            yardstick.github.pr.open | true
            a                        | true
            A_b.C9                   | true
            9lives                   | false
            _private                 | false
            .leading.dot             | false
            has space                | false
            has-dash                 | false
            café                     | false
            """)
    void metricNames(String name, boolean valid) {
        assertEquals(valid, IntakeNameRules.metricNameProblem(name).isEmpty(),
                () -> String.valueOf(IntakeNameRules.metricNameProblem(name)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            env:staging:east       | true
            repo:acme/widgets      | true
            version:1.2.3-rc_1     | true
            équipe:paris           | true
            env:                   | false
            1env:test              | false
            :env                   | false
            env:a b                | false
            env:a,b                | false
            """)
    void tags(String tag, boolean valid) {
        assertEquals(valid, IntakeNameRules.tagProblem(tag).isEmpty(),
                () -> String.valueOf(IntakeNameRules.tagProblem(tag)));
    }

    @ParameterizedTest(name = "length {0}")
    @CsvSource({"200, true", "201, false"})
    void lengthLimits(int length, boolean valid) {
        assertEquals(valid, IntakeNameRules.metricNameProblem("m".repeat(length)).isEmpty());
        assertEquals(valid, IntakeNameRules.tagProblem("t".repeat(length)).isEmpty());
        assertTrue(IntakeNameRules.metricNameProblem("").isPresent());
    }
}
