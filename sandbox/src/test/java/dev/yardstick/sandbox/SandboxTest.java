package dev.yardstick.sandbox;

import dev.yardstick.sandbox.core.LoopbackHttp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class SandboxTest {

    private final LoopbackHttp http = new LoopbackHttp();

    @Test
    void startsAndClosesEverySimulatorTogether() throws IOException {
        Sandbox sandbox = Sandbox.start(Clock.systemUTC());
        String intakeUrl = sandbox.intake().baseUrl();
        assertEquals(intakeUrl, sandbox.urls().get("datadog-intake"));
        assertEquals(sandbox.intake(), sandbox.simulators().get(0));
        assertEquals(sandbox.asana().baseUrl(), sandbox.urls().get("asana"));
        assertEquals(404, http.get(sandbox.intake().uri("/nothing-here")).statusCode());

        sandbox.close();
        sandbox.close();
        assertThrows(IOException.class, () -> http.get(sandbox.intake().uri("/api/v1/validate")));
    }
}
