import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipFile;

/**
 * Prints the JDK modules a Yardstick distribution needs, comma-separated, for {@code jlink --add-modules}.
 *
 * <p>Run as a source file: {@code java ModuleDeps.java DIST_DIR [EXTRA_MODULE,...]}. It reads
 * {@code DIST_DIR/yardstick.jar}, every jar in {@code DIST_DIR/lib} (the runtime and the built-in plugins) and
 * in {@code DIST_DIR/plugins} (drop-ins present at build time), so a new plugin's needs are found without
 * editing a list.
 *
 * <p>Why not plain {@code jdeps} over the jars: some of them are explicit modules that require plain jars, and
 * jdeps then fails to resolve the module graph. The distribution runs on the class path anyway, so the classes
 * are copied as the class-path loader of this Java release sees them (multi-release entries applied, module
 * descriptors left out, the first jar winning a duplicate) into one plain jar, and jdeps reads that.
 */
public final class ModuleDeps {
    /**
     * Modules found at run time through ServiceLoader, which jdeps cannot see: elliptic-curve TLS (every
     * HTTPS upstream and the Datadog intake) and the zip file system (pf4j plugin zips).
     */
    private static final List<String> SERVICE_MODULES = List.of("jdk.crypto.ec", "jdk.zipfs");

    private ModuleDeps() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java ModuleDeps.java DIST_DIR [EXTRA_MODULE,...]");
            System.exit(2);
        }
        Path dist = Path.of(args[0]);
        Path flat = Files.createTempFile("yardstick-jdeps", ".jar");
        try {
            flatten(jars(dist), flat);
            Set<String> modules = new TreeSet<>(jdeps(flat));
            modules.addAll(SERVICE_MODULES);
            if (args.length == 2) {
                Stream.of(args[1].split(",")).map(String::trim).filter(m -> !m.isEmpty()).forEach(modules::add);
            }
            System.out.println(String.join(",", modules));
        } finally {
            Files.deleteIfExists(flat);
        }
    }

    private static List<Path> jars(Path dist) throws IOException {
        Path main = dist.resolve("yardstick.jar");
        if (!Files.isRegularFile(main) || !Files.isDirectory(dist.resolve("lib"))) {
            throw new IOException(dist + " is not a Yardstick distribution (yardstick.jar and lib/ expected);"
                    + " build it with ./mvnw -q -DskipTests package");
        }
        List<Path> jars = new ArrayList<>(List.of(main));
        for (String dir : List.of("lib", "plugins")) {
            Path folder = dist.resolve(dir);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().forEach(jars::add);
                }
            }
        }
        return jars;
    }

    private static void flatten(List<Path> jars, Path flat) throws IOException {
        Set<String> seen = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(flat))) {
            out.setLevel(Deflater.NO_COMPRESSION);
            for (Path jar : jars) {
                try (JarFile file = new JarFile(jar.toFile(), false, ZipFile.OPEN_READ, Runtime.version())) {
                    for (JarEntry entry : (Iterable<JarEntry>) file.versionedStream()::iterator) {
                        String name = entry.getName();
                        if (name.endsWith(".class") && !name.endsWith("module-info.class") && seen.add(name)) {
                            out.putNextEntry(new JarEntry(name));
                            try (InputStream in = file.getInputStream(entry)) {
                                in.transferTo(out);
                            }
                            out.closeEntry();
                        }
                    }
                }
            }
        }
    }

    private static List<String> jdeps(Path flat) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("jdeps is missing: run this with a full JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--ignore-missing-deps", "-q",
                "--multi-release", Integer.toString(Runtime.version().feature()), "--print-module-deps",
                flat.toString());
        String[] lines = out.toString().strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        if (code != 0 || last.isEmpty() || last.contains(" ")) {
            throw new IllegalStateException("jdeps failed (exit " + code + "): " + err + out);
        }
        return List.of(last.split(","));
    }
}
