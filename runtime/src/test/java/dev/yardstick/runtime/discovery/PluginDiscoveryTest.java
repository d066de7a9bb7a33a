package dev.yardstick.runtime.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.SpiVersion;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.hocon.HoconCollectorConfig;
import dev.yardstick.runtime.LogCapture;
import dev.yardstick.runtime.secrets.AwsSecretsSettings;
import dev.yardstick.runtime.secrets.SecretReferences;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginDiscoveryTest {
    private static final ClassLoader APP = PluginDiscoveryTest.class.getClassLoader();
    private static final Instant AT = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void builtInsComeFromTheClassPathAndAMissingPluginsDirIsFine() {
        List<DiscoveredFactory> factories = discover(dir.resolve("absent"), APP);

        assertEquals(List.of("echo", "points", "hang"), factories.stream().map(DiscoveredFactory::type).toList());
        assertEquals(PluginDiscovery.CLASS_PATH, factories.get(0).origin());
        assertTrue(factories.get(0).builtIn());
    }

    @Test
    void aRealPluginJarIsDiscoveredAndRunsInItsOwnClassLoader() throws Exception {
        Path jar = PluginJarBuilder.plugin("greeter").build(dir.resolve("plugins"));

        List<DiscoveredFactory> factories = discover(dir.resolve("plugins"), APP);

        DiscoveredFactory greeter = factories.stream().filter(f -> f.type().equals("greeter")).findFirst().get();
        assertEquals(jar.toString(), greeter.origin());
        assertNotEquals(APP, greeter.classLoader());
        assertEquals(greeter.classLoader(), greeter.factory().getClass().getClassLoader());
        List<PluginProblem> problems = new ArrayList<>();
        Config reference = PluginReferences.read(factories, problems).get(0);
        assertEquals(List.of(), problems);
        assertEquals("hello", reference.getString("yardstick.collectors.greeter.greeting"));
        assertTrue(!reference.hasPath("yardstick.run"), "only the plugin's own reference.conf is read");

        HoconCollectorConfig config = new HoconCollectorConfig("greeter", "yardstick.collectors.greeter",
                reference.getConfig("yardstick.collectors.greeter"), noSecrets());
        try (Collector collector = greeter.factory().create(config, null)) {
            CollectResult result = collector.collect(new CollectRequest(AT, AT.plusSeconds(60), Inputs.none()));
            MetricPoint point = result.points().get(0);
            assertEquals("plugin.greeter.greeting", point.name());
            assertEquals(5.0, ((Gauge) point).value());
            assertEquals(Optional.of("hello"), point.tags().get("greeting"));
        }
    }

    @Test
    void aPluginSeesTheSpiTheJdkAndItsOwnJarsButNoHostLibrary() throws Exception {
        PluginJarBuilder.plugin("greeter").build(dir.resolve("plugins"));
        DiscoveryResult result = PluginDiscovery.scan(Optional.of(dir.resolve("plugins")), APP);
        try (PluginLoaders ignored = result.loaders()) {
            ClassLoader plugin = result.factories().stream().filter(f -> f.type().equals("greeter")).findFirst()
                    .orElseThrow().classLoader();

            assertEquals(CollectorFactory.class, plugin.loadClass(CollectorFactory.class.getName()));
            assertEquals(java.net.http.HttpClient.class, plugin.loadClass("java.net.http.HttpClient"));
            assertEquals(plugin, plugin.loadClass("test.plugin.greeter.GreetingFactory").getClassLoader());
            for (String host : List.of("com.fasterxml.jackson.databind.ObjectMapper", "com.typesafe.config.Config",
                    "okhttp3.OkHttpClient", "io.vavr.control.Try", "org.pf4j.PluginManager",
                    "dev.yardstick.runtime.Yardstick", EchoCollectorFactory.class.getName())) {
                assertThrows(ClassNotFoundException.class, () -> plugin.loadClass(host), host);
            }
            assertEquals(null, plugin.getResource("com/typesafe/config/Config.class"));
            assertTrue(plugin.getResource("reference.conf").toString().contains("greeter"),
                    "the plugin's own reference.conf, not the host's");
        }
    }

    @Test
    void refusedJarsAreNamedAndReportedTogether() throws Exception {
        Path plugins = dir.resolve("plugins");
        Path bundling = PluginJarBuilder.plugin("bundler").bundlingApi().build(plugins);
        Path future = PluginJarBuilder.plugin("future").spiVersion(String.valueOf(SpiVersion.CURRENT + 1))
                .build(plugins);
        Path unversioned = PluginJarBuilder.plugin("unversioned").spiVersion(null).build(plugins);
        Path duplicate = PluginJarBuilder.plugin("echo").build(plugins);
        Path badType = PluginJarBuilder.plugin("Bad_Type").build(plugins);

        List<PluginProblem> error = PluginDiscovery.scan(Optional.of(plugins), APP).problems();

        assertProblem(error, bundling, "bundles the Yardstick api classes");
        assertProblem(error, future, "built against SPI version " + (SpiVersion.CURRENT + 1)
                + ", but this runtime has SPI version " + SpiVersion.CURRENT);
        assertProblem(error, unversioned, "manifest has no Yardstick-Spi-Version attribute");
        assertProblem(error, duplicate, "collector type 'echo' is provided twice: by "
                + EchoCollectorFactory.class.getName() + " from class path and by"
                + " test.plugin.echo.GreetingFactory from "
                + duplicate);
        assertProblem(error, badType, "has type 'Bad_Type', which does not match [a-z][a-z0-9-]*");
        assertEquals(5, error.size(), error.toString());
    }

    @Test
    void aPf4jPluginZipIsExpandedAndDiscovered() throws Exception {
        Path jar = PluginJarBuilder.plugin("zipped").build(dir.resolve("build"));
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(plugins.resolve("zipped-1.0.0.zip")))) {
            zip.putNextEntry(new ZipEntry("plugin.properties"));
            zip.write("plugin.id=zipped\nplugin.version=1.0.0\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("lib/zipped-plugin.jar"));
            zip.write(Files.readAllBytes(jar));
        }

        List<DiscoveredFactory> factories = discover(plugins, APP);

        DiscoveredFactory zipped = factories.stream().filter(f -> f.type().equals("zipped")).findFirst().get();
        assertEquals(plugins.resolve("zipped-1.0.0").toString(), zipped.origin());
        List<PluginProblem> problems = new ArrayList<>();
        assertEquals("hello", PluginReferences.read(factories, problems).get(0)
                .getString("yardstick.collectors.zipped.greeting"));
    }

    @Test
    void aFactoryImplementingAnotherLoadersCollectorFactoryIsRefused() throws Exception {
        Path jar = PluginJarBuilder.plugin("foreign").build(dir.resolve("classpath"));
        URL api = CollectorFactory.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {api, jar.toUri().toURL()}, null)) {
            DiscoveryResult result = PluginDiscovery.scan(Optional.empty(), isolated);

            assertEquals(List.of(), result.factories());
            assertEquals(1, result.problems().size(), result.problems().toString());
            assertEquals(PluginDiscovery.CLASS_PATH, result.problems().get(0).origin());
            assertTrue(result.problems().get(0).message().startsWith(
                    "a factory implements a CollectorFactory interface loaded by another class loader"));
        }
    }

    @Test
    void aDropInWithoutAFactoryIsLoadedAndNamedInAWarning() throws Exception {
        Path plugins = dir.resolve("plugins");
        Path empty = PluginJarBuilder.plugin("forgotten").withoutServiceFile().build(plugins);
        PluginJarBuilder.plugin("greeter").build(plugins);
        PluginJarBuilder.plugin("echo").build(plugins); // refused as a duplicate: a problem, not this warning

        DiscoveryResult result;
        List<String> warnings;
        try (LogCapture log = LogCapture.of(PluginDiscovery.class.getName(), Level.WARNING)) {
            result = PluginDiscovery.scan(Optional.of(plugins), APP);
            warnings = log.lines();
        }

        assertEquals(List.of("echo", "points", "hang", "greeter"),
                result.factories().stream().map(DiscoveredFactory::type).toList());
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(List.of(empty + ": defines no collector factory (no META-INF/services/"
                + CollectorFactory.class.getName() + " entry naming a class of its own), so it adds no collector type"),
                warnings);
    }

    private static void assertProblem(List<PluginProblem> problems, Path jar, String text) {
        assertTrue(problems.stream().anyMatch(problem -> problem.origin().equals(jar.toString())
                && problem.message().contains(text) && problem.render().startsWith(jar + ": ")),
                () -> "no '" + text + "' for " + jar + " in:\n" + problems);
    }

    /** Discovers, expecting no problem; the loaders stay open for the test (the JVM ends soon). */
    private static List<DiscoveredFactory> discover(Path plugins, ClassLoader app) {
        DiscoveryResult result = PluginDiscovery.scan(Optional.of(plugins), app);
        assertEquals(List.of(), result.problems());
        return result.factories();
    }

    private static SecretResolver noSecrets() {
        return new SecretReferences(Map.of(), Path.of("."), new AwsSecretsSettings(Optional.empty(), Optional.empty()));
    }
}
