package dev.yardstick.runtime.discovery;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.SpiVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a real plugin jar for tests: compiles a tiny {@code CollectorFactory} and {@code Collector} from source
 * against the api classes, adds its service file, its own {@code reference.conf}
 * ({@code yardstick.collectors.<type> { greeting = hello }}) and a manifest with the SPI version. Its collector
 * emits one gauge {@code plugin.<type>.greeting} (value: the greeting's length, tag {@code greeting:<greeting>}).
 * Knobs produce the broken jars discovery must refuse.
 */
public final class PluginJarBuilder {
    private final String type;
    private String fileName;
    private String spiVersion = String.valueOf(SpiVersion.CURRENT);
    private boolean bundleApi;
    private boolean serviceFile = true;
    private String reference;
    private String collectBody;

    private PluginJarBuilder(String type) {
        this.type = type;
        this.fileName = type + "-plugin.jar";
        this.reference = "yardstick.collectors." + type + " { greeting = hello }\n";
    }

    /**
     * Starts a plugin of a collector type.
     *
     * @param type the type its factory returns
     * @return the builder
     */
    public static PluginJarBuilder plugin(String type) {
        return new PluginJarBuilder(type);
    }

    /**
     * Sets the jar's file name.
     *
     * @param name e.g. {@code acme.jar}
     * @return this builder
     */
    public PluginJarBuilder fileName(String name) {
        this.fileName = name;
        return this;
    }

    /**
     * Sets the manifest's SPI version; null leaves the attribute out.
     *
     * @param version the version text
     * @return this builder
     */
    public PluginJarBuilder spiVersion(String version) {
        this.spiVersion = version;
        return this;
    }

    /**
     * Leaves out the {@code META-INF/services} entry, as a plugin packaged without its service file is.
     *
     * @return this builder
     */
    public PluginJarBuilder withoutServiceFile() {
        this.serviceFile = false;
        return this;
    }

    /**
     * Copies the api classes into the jar, as a badly packaged plugin would.
     *
     * @return this builder
     */
    public PluginJarBuilder bundlingApi() {
        this.bundleApi = true;
        return this;
    }

    /**
     * Replaces the body of {@code collect(CollectRequest request)}, e.g. to throw or hang as a hostile plugin does.
     *
     * @param javaStatements the statements; {@code name} and {@code greeting} are fields of the collector
     * @return this builder
     */
    public PluginJarBuilder collectBody(String javaStatements) {
        this.collectBody = javaStatements;
        return this;
    }

    /**
     * Replaces the plugin's {@code reference.conf}.
     *
     * @param hocon its content
     * @return this builder
     */
    public PluginJarBuilder reference(String hocon) {
        this.reference = hocon;
        return this;
    }

    /**
     * Compiles and writes the jar.
     *
     * @param dir the directory to write it into (created if missing)
     * @return the jar's path
     * @throws IOException if writing fails
     */
    public Path build(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory(dir.getParent() == null ? dir : dir.getParent(), "plugin-src");
        String pkg = "test.plugin." + type.replace('-', '_');
        Map<String, byte[]> entries = new TreeMap<>(compile(work, pkg));
        if (serviceFile) {
            entries.put("META-INF/services/" + CollectorFactory.class.getName(),
                    (pkg + ".GreetingFactory\n").getBytes(StandardCharsets.UTF_8));
        }
        entries.put("reference.conf", reference.getBytes(StandardCharsets.UTF_8));
        if (bundleApi) {
            entries.putAll(apiClasses());
        }
        Path jar = dir.resolve(fileName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest())) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }

    private Manifest manifest() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (spiVersion != null) {
            manifest.getMainAttributes().putValue(SpiVersion.MANIFEST_ATTRIBUTE, spiVersion);
        }
        return manifest;
    }

    private Map<String, byte[]> compile(Path work, String pkg) throws IOException {
        Path src = work.resolve("src");
        Path classes = work.resolve("classes");
        Path pkgDir = src.resolve(pkg.replace('.', '/'));
        Files.createDirectories(pkgDir);
        Files.createDirectories(classes);
        Files.writeString(pkgDir.resolve("GreetingFactory.java"), factorySource(pkg));
        Files.writeString(pkgDir.resolve("GreetingCollector.java"), collectorSource(pkg, collectBody));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-classpath",
                apiLocation().toString(), "-d", classes.toString()));
        args.add(pkgDir.resolve("GreetingFactory.java").toString());
        args.add(pkgDir.resolve("GreetingCollector.java").toString());
        int status = compiler.run(null, errors, errors, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("plugin source does not compile:\n"
                    + errors.toString(StandardCharsets.UTF_8));
        }
        return read(classes);
    }

    private String factorySource(String pkg) {
        return "package " + pkg + ";\n"
                + "import dev.yardstick.api.*;\n"
                + "import dev.yardstick.api.config.CollectorConfig;\n"
                + "import dev.yardstick.api.metric.*;\n"
                + "import java.util.List;\n"
                + "public final class GreetingFactory implements CollectorFactory {\n"
                + "  public String type() { return \"" + type + "\"; }\n"
                + "  public List<MetricDescriptor> metrics() {\n"
                + "    return List.of(MetricDescriptor.gauge(\"plugin." + type + ".greeting\", Unit.NONE,"
                + " \"Length of the greeting.\", \"greeting\"));\n"
                + "  }\n"
                + "  public Collector create(CollectorConfig config, CollectorContext context) {\n"
                + "    return new GreetingCollector(\"plugin." + type + ".greeting\",\n"
                + "        config.getString(\"greeting\"));\n"
                + "  }\n"
                + "}\n";
    }

    private static String collectorSource(String pkg, String collectBody) {
        return "package " + pkg + ";\n"
                + "import dev.yardstick.api.*;\n"
                + "import dev.yardstick.api.metric.*;\n"
                + "import java.util.List;\n"
                + "final class GreetingCollector implements Collector {\n"
                + "  private final String name;\n"
                + "  private final String greeting;\n"
                + "  GreetingCollector(String name, String greeting) { this.name = name; this.greeting = greeting; }\n"
                + "  public CollectResult collect(CollectRequest request) throws InterruptedException {\n"
                + (collectBody != null ? collectBody + "\n"
                        : "    return CollectResult.of(List.of(Gauge.of(name, greeting.length(), request.at(),"
                                + " Tags.of(\"greeting\", greeting))));\n")
                + "  }\n"
                + "}\n";
    }

    private static Path apiLocation() {
        try {
            return Path.of(CollectorFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> apiClasses() throws IOException {
        Path location = apiLocation();
        Map<String, byte[]> entries = new TreeMap<>();
        if (Files.isDirectory(location)) {
            entries.putAll(read(location));
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry entry : jar.stream().filter(e -> !e.isDirectory()).toList()) {
                    entries.put(entry.getName(), jar.getInputStream(entry).readAllBytes());
                }
            }
        }
        entries.keySet().removeIf(name -> !name.startsWith("dev/yardstick/api/"));
        return entries;
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                entries.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return entries;
    }
}
