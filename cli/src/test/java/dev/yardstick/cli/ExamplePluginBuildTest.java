package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/plugin-authors.md followed literally: installs yardstick-api and yardstick-testkit into a private Maven
 * repository under target/ (seeded from the build's own repository through a file:// mirror, so nothing is
 * downloaded and no shared repository is written), builds examples/hello-plugin outside the reactor (its own
 * contract test included), drops the jar into a plugins directory and runs it through the CLI.
 */
class ExamplePluginBuildTest {

    @Test
    void theSamplePluginBuildsAgainstTheInstalledArtifactsAndRunsFromThePluginsDirectory() throws Exception {
        ExampleBuild build = ExampleBuild.installing("example-plugin", "api,testkit");
        Path project = build.copyExample("hello-plugin");
        build.maven(project, List.of("package"));
        Path plugins = Files.createDirectories(build.work().resolve("plugins"));
        Files.copy(project.resolve("target/hello-plugin-1.0.0.jar"), plugins.resolve("hello-plugin-1.0.0.jar"),
                StandardCopyOption.REPLACE_EXISTING);

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/notes.txt", exchange -> {
            byte[] body = "alpha\nbeta\n\ngamma\ndelta\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            CliTest.Result result = CliTest.run("collect", "hello",
                    "--set", "yardstick.plugins-dir=" + plugins,
                    "--set", "yardstick.collectors.hello.url=\"http://127.0.0.1:" + server.getAddress().getPort()
                            + "/notes.txt\"");
            assertEquals(0, result.exitCode(), result.out() + result.err());
            assertTrue(result.out().contains("hello.lines"), result.out());
            assertTrue(result.out().contains("4"), result.out());
        } finally {
            server.stop(0);
        }
    }
}
