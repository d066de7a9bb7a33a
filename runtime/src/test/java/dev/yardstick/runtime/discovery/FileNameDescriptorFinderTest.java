package dev.yardstick.runtime.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginDescriptor;

class FileNameDescriptorFinderTest {
    private final FileNameDescriptorFinder finder = new FileNameDescriptorFinder();

    @TempDir
    Path dir;

    @Test
    void aJarsPluginPropertiesGiveItsIdAndVersion() throws IOException {
        Path jar = jar("acme-collector-1.0.jar", Map.of(), Map.of("plugin.properties",
                "plugin.id=acme\nplugin.version=2.3.0\n"));

        PluginDescriptor descriptor = finder.find(jar);

        assertEquals("acme", descriptor.getPluginId());
        assertEquals("2.3.0", descriptor.getVersion());
    }

    @Test
    void aJarsManifestIsReadWhenItHasNoPluginProperties() throws IOException {
        Path jar = jar("acme-collector-1.0.jar", Map.of("Plugin-Id", "from-manifest", "Plugin-Version", "1.2.0"),
                Map.of());

        PluginDescriptor descriptor = finder.find(jar);

        assertEquals("from-manifest", descriptor.getPluginId());
        assertEquals("1.2.0", descriptor.getVersion());
    }

    @Test
    void aPlainJarIsNamedAfterItsFile() throws IOException {
        Path jar = jar("acme-collector-1.0.jar", Map.of(), Map.of("dev/acme/Nothing.txt", "-"));

        PluginDescriptor descriptor = finder.find(jar);

        assertEquals("acme-collector-1.0", descriptor.getPluginId());
        assertEquals("0.0.0", descriptor.getVersion());
    }

    @Test
    void anExpandedPluginDirectorysPluginPropertiesAreRead() throws IOException {
        Path plugin = Files.createDirectories(dir.resolve("expanded"));
        Files.writeString(plugin.resolve("plugin.properties"), "plugin.id=expanded-id\nplugin.version=0.9.1\n");

        PluginDescriptor descriptor = finder.find(plugin);

        assertEquals("expanded-id", descriptor.getPluginId());
        assertEquals("0.9.1", descriptor.getVersion());
    }

    private Path jar(String name, Map<String, String> manifestAttributes, Map<String, String> entries)
            throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifestAttributes.forEach((key, value) -> manifest.getMainAttributes().putValue(key, value));
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
