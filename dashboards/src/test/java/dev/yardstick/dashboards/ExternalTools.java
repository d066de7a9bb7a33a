package dev.yardstick.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Real tools the dashboard tests check their output with, installed by the tests themselves (CI starts bare):
 * the npm packages {@code vega} and {@code vega-lite} into {@code target/node-tools}, and the reference C++
 * {@code jsonnet} from Debian's packages when it is not on the path.
 */
public final class ExternalTools {
    private static final Path NODE_TOOLS = Path.of("target/node-tools").toAbsolutePath();
    private static final String RENDERER = "render-vega-lite.mjs";

    private ExternalTools() {
    }

    /** A finished process: exit code, standard output and standard error. */
    public record Result(int exitCode, String out, String err) {
    }

    /**
     * Installs vega and vega-lite (once per build directory) and the rendering script beside them.
     *
     * @return the script to run with {@code node}
     */
    public static synchronized Path vegaRenderer() {
        if (!Files.exists(NODE_TOOLS.resolve("node_modules/vega-lite/package.json"))
                || !Files.exists(NODE_TOOLS.resolve("node_modules/vega/package.json"))) {
            Result install = run(List.of("npm", "install", "--prefix", NODE_TOOLS.toString(), "--no-audit", "--no-fund",
                    "--no-save", "vega", "vega-lite"), "", NODE_TOOLS.getParent());
            if (install.exitCode() != 0) {
                throw new IllegalStateException("npm install vega vega-lite failed: " + install.err());
            }
        }
        Path script = NODE_TOOLS.resolve(RENDERER);
        try (InputStream in = ExternalTools.class.getResourceAsStream("vega/" + RENDERER)) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script;
    }

    /**
     * The reference C++ jsonnet, installed with apt-get when missing (CI machines run the build as root).
     *
     * @return the command name
     */
    public static synchronized String cppJsonnet() {
        if (run(List.of("sh", "-c", "command -v jsonnet"), "", NODE_TOOLS.getParent()).exitCode() != 0) {
            Result install = run(List.of("sh", "-c", "apt-get update -qq && apt-get install -y -qq jsonnet"), "",
                    NODE_TOOLS.getParent());
            if (install.exitCode() != 0) {
                throw new IllegalStateException("the C++ jsonnet is needed and could not be installed: " + install.err());
            }
        }
        Result version = run(List.of("jsonnet", "--version"), "", NODE_TOOLS.getParent());
        if (!version.out().contains("v0.")) {
            throw new IllegalStateException("'jsonnet' is not the C++ jsonnet: " + version.out() + version.err());
        }
        return "jsonnet";
    }

    /**
     * Runs a command to completion.
     *
     * @param command the command and arguments
     * @param stdin text written to its standard input
     * @param directory the working directory
     * @return what it printed
     */
    public static Result run(List<String> command, String stdin, Path directory) {
        try {
            Files.createDirectories(directory);
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile()).start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
