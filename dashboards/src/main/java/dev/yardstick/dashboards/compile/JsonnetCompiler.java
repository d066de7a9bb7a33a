package dev.yardstick.dashboards.compile;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scala.Function1;
import scala.collection.immutable.Map;
import scala.runtime.BoxedUnit;
import scala.util.Either;
import sjsonnet.DefaultParseCache;
import sjsonnet.Interpreter;
import sjsonnet.Settings;

/**
 * Evaluates Jsonnet files in-process with sjsonnet: no external binary, no external variables, source
 * field order preserved so compiled JSON reads like its source.
 */
public final class JsonnetCompiler {
    private static final Pattern FRAME = Pattern.compile("\\(([^()]+?):(\\d+):(\\d+)\\)");
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`|\"([^\"]+)\"");
    private static final Pattern PARSE_POS = Pattern.compile(":(\\d+):(\\d+), found");

    private final List<Path> searchPath;
    private final Path displayBase;
    private final DefaultParseCache parseCache = new DefaultParseCache();
    private final List<String> warnings = new ArrayList<>();

    /**
     * Creates a compiler.
     *
     * @param searchPath library directories, highest priority first
     * @param displayBase the directory error paths are shown relative to
     */
    public JsonnetCompiler(List<Path> searchPath, Path displayBase) {
        this.searchPath = List.copyOf(requireNonNull(searchPath, "searchPath"));
        this.displayBase = requireNonNull(displayBase, "displayBase").toAbsolutePath().normalize();
    }

    /**
     * Evaluates one file.
     *
     * @param file the Jsonnet file
     * @return the JSON text, or the error
     */
    public Evaluation compileFile(Path file) {
        try {
            return evaluate(Files.readString(file), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Evaluates a snippet as if it were the file {@code pretendFile} (imports resolve beside it).
     *
     * @param code the Jsonnet code
     * @param pretendFile the file the code is attributed to
     * @return the JSON text, or the error
     */
    public Evaluation evaluate(String code, Path pretendFile) {
        Path file = pretendFile.toAbsolutePath().normalize();
        Path wd = file.getParent();
        Interpreter interpreter = new Interpreter(
                emptyMap(), emptyMap(), SearchPathImporter.osPath(wd), new SearchPathImporter(searchPath),
                parseCache, new Settings(true, false, false, false, false, false),
                Interpreter.$lessinit$greater$default$7(), warnLogger(), Interpreter.$lessinit$greater$default$9());
        Either<String, ujson.Value> result = interpreter.interpret(code, SearchPathImporter.osPath(file));
        if (result.isRight()) {
            return Evaluation.success(result.toOption().get().render(2, false));
        }
        return Evaluation.failure(toError(result.swap().toOption().get(), wd, file));
    }

    /** Warnings sjsonnet logged so far. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private CompileError toError(String text, Path wd, Path file) {
        String message = text.lines().findFirst().orElse(text).replaceFirst("^sjsonnet\\.(Parse)?Error: ", "");
        // Frames run innermost first. The edited line is the innermost one outside the core library (whose
        // functions only assert): a source, a monitor or a component file; else the innermost frame.
        Matcher frame = FRAME.matcher(text);
        Path bestFile = null;
        int line = 0;
        int col = 0;
        boolean bestIsCore = true;
        while (frame.find()) {
            Path framePath = wd.resolve(frame.group(1)).normalize();
            boolean core = isCoreLibrary(framePath);
            if (bestFile == null || bestIsCore && !core) {
                bestFile = framePath;
                bestIsCore = core;
                line = Integer.parseInt(frame.group(2));
                col = Integer.parseInt(frame.group(3));
            }
        }
        if (bestFile == null) {
            bestFile = file;
            Matcher parse = PARSE_POS.matcher(text);
            if (parse.find()) {
                line = Integer.parseInt(parse.group(1));
                col = Integer.parseInt(parse.group(2));
            }
        }
        if (bestIsCore) {
            // Jsonnet is lazy: an assertion in the core library may fire with no frame of the line that passed the
            // bad value. Its message quotes that value ("title" or `key`): find it in the source, then a component.
            int[] at = new int[3];
            Path quoted = findQuoted(message, file, at);
            if (quoted != null) {
                return new CompileError(display(quoted), at[0], at[1], message, text);
            }
        }
        return new CompileError(display(bestFile), line, col, message, text);
    }

    private Path findQuoted(String message, Path file, int[] at) {
        Matcher quoted = QUOTED.matcher(message);
        while (quoted.find()) {
            String fragment = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            List<Path> candidates = new ArrayList<>(List.of(file));
            for (Path dir : searchPath) {
                try (var walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".libsonnet") && !isCoreLibrary(p.toAbsolutePath().normalize()))
                            .sorted().forEach(candidates::add);
                } catch (IOException e) {
                    // an unreadable library directory has no candidates
                }
            }
            for (Path candidate : candidates) {
                try {
                    List<String> lines = Files.readAllLines(candidate);
                    for (int i = 0; i < lines.size(); i++) {
                        int c = lines.get(i).indexOf(fragment);
                        if (c >= 0) {
                            at[0] = i + 1;
                            at[1] = c + 1;
                            return candidate.toAbsolutePath().normalize();
                        }
                    }
                } catch (IOException e) {
                    // skip unreadable files
                }
            }
        }
        return null;
    }

    private boolean isCoreLibrary(Path path) {
        return searchPath.stream().anyMatch(dir -> dir.toAbsolutePath().normalize().equals(path.getParent()));
    }

    private String display(Path path) {
        return path.startsWith(displayBase) ? displayBase.relativize(path).toString() : path.toString();
    }

    private Function1<String, BoxedUnit> warnLogger() {
        return msg -> {
            synchronized (warnings) {
                warnings.add(msg);
            }
            return BoxedUnit.UNIT;
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> emptyMap() {
        return (Map<String, String>) (Map<?, ?>) scala.collection.immutable.Map$.MODULE$.empty();
    }
}
