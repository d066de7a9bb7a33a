package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a command that sends nothing loads, in a process of its own: no HTTP client, TLS or Jackson for
 * {@code list} and {@code config check} (no API key, so no Datadog sink), and no configuration or plugin machinery
 * at all for {@code --help}. Each class loaded is start-up time; these are the large groups a command that only
 * reads its configuration has no use for.
 */
class StartupClassesTest {
    private static final List<String> NEVER_WITHOUT_SENDING = List.of("okhttp3.", "com.fasterxml.jackson.databind.",
            "sun.security.ssl.", "javax.net.ssl.", "org.glassfish.jersey.");

    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "list      | com.typesafe.config.impl.ConfigParser",
        "config check | com.typesafe.config.impl.ConfigParser",
        "--help    | picocli.CommandLine$Help"})
    void commandsThatSendNothingLoadNoHttpClientTlsOrJackson(String command, String loadedForSure) throws Exception {
        List<String> loaded = classesLoadedBy(command.split(" "));

        assertTrue(loaded.contains(loadedForSure), "the log lists what was loaded: " + loaded.size() + " classes");
        for (String prefix : NEVER_WITHOUT_SENDING) {
            assertEquals(List.of(), loaded.stream().filter(name -> name.startsWith(prefix)).toList(), command);
        }
        if (command.equals("--help")) {
            assertEquals(List.of(), loaded.stream().filter(name -> name.startsWith("com.typesafe.config.")
                    || name.startsWith("org.pf4j.")).toList(), "--help reads no configuration and loads no plugin");
        }
    }

    @Test
    void aDropInJarIsReadWithoutTheZipFileSystem() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Yardstick-Spi-Version", "2");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve("empty-1.0.jar")),
                manifest)) {
            jar.putNextEntry(new ZipEntry("readme.txt"));
            jar.write("-".getBytes(StandardCharsets.UTF_8));
        }

        List<String> loaded = classesLoadedBy("list", "--set", "yardstick.plugins-dir=" + plugins);

        assertTrue(loaded.contains("org.pf4j.PropertiesPluginDescriptorFinder"), "the drop-in folder was read");
        assertEquals(List.of(), loaded.stream().filter(name -> name.startsWith("jdk.nio.zipfs.")).toList(),
                "a plugin's descriptor is read with ZipFile, not by opening the jar as a file system");
    }

    private List<String> classesLoadedBy(String... args) throws Exception {
        Path log = work.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xshare:off", "-Xlog:class+load=info:file=" + log + ":none", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command finished");
        assertEquals(0, process.exitValue(), Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(line -> line.split(" ")[0]).toList();
    }
}
