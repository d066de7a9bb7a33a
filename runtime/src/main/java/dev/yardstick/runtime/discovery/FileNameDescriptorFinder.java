package dev.yardstick.runtime.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.DefaultPluginDescriptor;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * Uses a plugin's pf4j descriptor ({@code plugin.properties} or manifest) when it has one; otherwise, for a
 * plain jar, derives the plugin id from the file name ({@code acme-collector-1.0.jar} → {@code acme-collector-1.0})
 * with version {@code 0.0.0}. Yardstick needs no pf4j plugin class: factories are found with ServiceLoader.
 */
final class FileNameDescriptorFinder implements PluginDescriptorFinder {
    private static final String UNVERSIONED = "0.0.0";

    private final PluginDescriptorFinder declared = new CompoundPluginDescriptorFinder()
            .add(new PropertiesPluginDescriptorFinder())
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
}
