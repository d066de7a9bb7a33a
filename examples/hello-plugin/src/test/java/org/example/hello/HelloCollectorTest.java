package org.example.hello;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.testkit.CollectorContractTest;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.FakeHttpService;
import dev.yardstick.testkit.PointsAssert;
import org.junit.jupiter.api.Test;

/** The testkit's contract plus the plugin's own behaviour, with scripted HTTP answers and no runtime. */
class HelloCollectorTest extends CollectorContractTest {
    private final FakeHttpService http = new FakeHttpService()
            .on("GET", "http://docs.example.test/hello.txt", FakeHttpService.response(200, "one\n\ntwo\nthree\n"));

    @Override
    protected CollectorFactory factory() {
        return new HelloCollectorFactory();
    }

    @Override
    protected String testSettings() {
        return "url = \"http://docs.example.test/hello.txt\"";
    }

    @Override
    protected FakeCollectorContext context(SecretResolver secrets) {
        return FakeCollectorContext.builder().collectorId("hello").secrets(secrets).http(http).build();
    }

    @Test
    void countsTheNonBlankLines() throws InterruptedException {
        PointsAssert.assertThat(collectOnce().points()).hasSize(1)
                .hasGauge("hello.lines", Tags.of("document", "hello"), 3);
    }
}
