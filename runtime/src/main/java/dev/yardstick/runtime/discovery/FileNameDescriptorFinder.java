package dev.yardstick.runtime.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.DefaultPluginDescriptor;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * Uses a plugin's pf4j descriptor ({@code plugin.properties} or manifest) when it has one; otherwise, for a
 * plain jar, derives the plugin id from the file name ({@code acme-collector-1.0.jar} → {@code acme-collector-1.0})
 * with version {@code 0.0.0}. Yardstick needs no pf4j plugin class: factories are found with ServiceLoader.
 */
final class FileNameDescriptorFinder implements PluginDescriptorFinder {
    private static final String UNVERSIONED = "0.0.0";

    private final PluginDescriptorFinder declared = new CompoundPluginDescriptorFinder()
            .add(new ZipPropertiesFinder())
            .add(new ManifestPluginDescriptorFinder());

    @Override
    public boolean isApplicable(Path pluginPath) {
        return Files.exists(pluginPath);
    }

    @Override
    public PluginDescriptor find(Path pluginPath) {
        PluginDescriptor descriptor = declaredDescriptor(pluginPath);
        if (descriptor != null && notEmpty(descriptor.getPluginId()) && notEmpty(descriptor.getVersion())) {
            return descriptor;
        }
        String id = descriptor != null && notEmpty(descriptor.getPluginId()) ? descriptor.getPluginId()
                : idFromFileName(pluginPath);
        return new DefaultPluginDescriptor(id, "", "", UNVERSIONED, "*", "", "");
    }

    static String idFromFileName(Path pluginPath) {
        String name = pluginPath.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !Files.isDirectory(pluginPath) ? name.substring(0, dot) : name;
    }

    private PluginDescriptor declaredDescriptor(Path pluginPath) {
        try {
            return declared.find(pluginPath);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean notEmpty(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * pf4j's properties finder, reading a jar's {@code plugin.properties} with {@link ZipFile} instead of opening the
     * jar as a zip file system: that loads the JDK's zip file system provider and its classes and parses the jar's
     * directory in Java, for every drop-in jar at every start.
     */
    private static final class ZipPropertiesFinder extends PropertiesPluginDescriptorFinder {
        @Override
        protected Properties readProperties(Path pluginPath) {
            if (Files.isDirectory(pluginPath)) {
                return super.readProperties(pluginPath);
            }
            try (ZipFile zip = new ZipFile(pluginPath.toFile())) {
                ZipEntry entry = zip.getEntry(propertiesFileName);
                if (entry == null) {
                    throw new PluginRuntimeException("Cannot find '{}' in {}", propertiesFileName, pluginPath);
                }
                Properties properties = new Properties();
                try (InputStream in = zip.getInputStream(entry)) {
                    properties.load(in);
                }
                return properties;
            } catch (IOException e) {
                throw new PluginRuntimeException(e);
            }
        }
    }
}
