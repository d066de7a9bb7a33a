package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/embedding.md followed literally: builds examples/embedding-service outside the reactor against the
 * installed yardstick-runtime, starts it as its own process collecting every second, reads its last report over
 * HTTP, and stops it with SIGTERM, which must end the runs and Yardstick cleanly.
 */
class EmbeddingExampleTest {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/last-run)");

    @Test
    void theEmbeddingServiceRunsOnTheSchedulerExposesItsLastReportAndStopsCleanly() throws Exception {
        ExampleBuild build = ExampleBuild.installing("example-embedding", "runtime");
        Path project = build.copyExample("embedding-service");
        build.maven(project, List.of("package", "dependency:build-classpath", "-Dmdep.outputFile=classpath.txt"));
        Path serviceDir = Files.createDirectories(build.work().resolve("service"));
        String classpath = project.resolve("target/classes") + java.io.File.pathSeparator
                + Files.readString(project.resolve("classpath.txt")).strip();

        Path output = build.work().resolve("service.log");
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "-Dservice.every=1s", "-Dservice.port=0", "-Dservice.dir=" + serviceDir,
                "org.example.embedded.MetricsService").redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        try {
            URI lastRun = URI.create(awaitLine(service, output, LISTENING).group(1));
            String report = awaitRuns(lastRun, 2);
            assertTrue(report.contains("exit-code=0"), report);
            assertTrue(report.contains("outbox="), report);
            try (Stream<Path> files = Files.list(serviceDir.resolve("var/outbox"))) {
                assertTrue(files.findAny().isPresent(), "the outbox is under the service's working directory");
            }

            service.destroy(); // SIGTERM
            assertTrue(service.waitFor(60, TimeUnit.SECONDS), "the service stops");
            String log = ExampleBuild.read(output);
            assertTrue(log.contains("stopped cleanly after"), log);
            assertEquals(143, service.exitValue(), log); // 128 + SIGTERM, after the shutdown hook ran
        } finally {
            service.destroyForcibly();
        }
    }

    private static Matcher awaitLine(Process service, Path output, Pattern pattern) throws Exception {
        for (int attempt = 0; attempt < 600 && service.isAlive(); attempt++) {
            Matcher matcher = pattern.matcher(ExampleBuild.read(output));
            if (matcher.find()) {
                return matcher;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service did not start listening:\n" + ExampleBuild.read(output));
    }

    private static String awaitRuns(URI lastRun, int runs) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String body = "";
        for (int attempt = 0; attempt < 600; attempt++) {
            body = client.send(HttpRequest.newBuilder(lastRun).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher count = Pattern.compile("runs=(\\d+)").matcher(body);
            if (count.find() && Integer.parseInt(count.group(1)) >= runs) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + runs + " runs in a minute:\n" + body);
    }
}
