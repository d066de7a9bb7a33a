package dev.yardstick.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigurationExceptionTest {

    static Stream<Arguments> exceptions() {
        return Stream.of(
                Arguments.of(new ConfigurationException("app.conf:3", "yardstick.x.y", "must be positive, got -1"),
                        "app.conf:3", "yardstick.x.y", "must be positive, got -1",
                        "app.conf:3: yardstick.x.y: must be positive, got -1"),
                Arguments.of(new ConfigurationException("yardstick.x.y", "must be positive"),
                        "", "yardstick.x.y", "must be positive", "yardstick.x.y: must be positive"),
                Arguments.of(new ConfigurationException("", "", "secret reference cannot be resolved"),
                        "", "", "secret reference cannot be resolved", "secret reference cannot be resolved"),
                Arguments.of(new ConfigurationException("yardstick.x", "yardstick.x must be set"),
                        "", "yardstick.x", "yardstick.x must be set", "yardstick.x must be set"));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("exceptions")
    void carriesOriginPathAndProblemAsFields(ConfigurationException e, String origin, String path, String problem,
            String message) {
        assertEquals(origin, e.origin());
        assertEquals(path, e.path());
        assertEquals(problem, e.problem());
        assertEquals(message, e.getMessage());
    }
}
