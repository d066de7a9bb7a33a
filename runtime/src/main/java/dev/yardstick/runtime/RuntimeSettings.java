package dev.yardstick.runtime;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.runtime.config.ConfigProblem;
import dev.yardstick.runtime.engine.RunSettings;
import dev.yardstick.runtime.http.HttpSettings;
import dev.yardstick.runtime.pipeline.PipelineSettings;
import io.vavr.collection.Seq;
import io.vavr.control.Try;
import io.vavr.control.Validation;
import java.util.function.Supplier;

/**
 * The settings the runtime needs before it can create collectors ({@code yardstick.run}, {@code .pipeline},
 * {@code .http}), read together so that every bad value is reported at once: each block is a {@link Validation},
 * and a block's {@link ConfigurationException} becomes a {@link ConfigProblem} from its fields, never parsed
 * out of a message.
 *
 * @param run the run settings
 * @param pipeline the pipeline settings
 * @param http the HTTP settings
 */
record RuntimeSettings(RunSettings run, PipelineSettings pipeline, HttpSettings http) {

    /**
     * Reads the blocks.
     *
     * @param yardstick the resolved {@code yardstick} block
     * @return the settings, or every problem found
     */
    static Validation<Seq<ConfigProblem>, RuntimeSettings> read(Config yardstick) {
        return Validation.combine(
                block("yardstick.run", () -> RunSettings.from(yardstick)),
                block("yardstick.pipeline", () -> PipelineSettings.from(yardstick)),
                block("yardstick.http", () -> HttpSettings.from(yardstick.getConfig("http"))))
                .ap(RuntimeSettings::new).mapError(nested -> nested.flatMap(problems -> problems));
    }

    /**
     * Reads one block, turning a bad setting into a problem; a defect is rethrown.
     *
     * @param block the block's path, the problem's origin when the exception names none
     * @param reader reads the block
     * @param <T> the settings type
     * @return the settings, or the problem
     */
    static <T> Validation<Seq<ConfigProblem>, T> block(String block, Supplier<T> reader) {
        Try<T> read = Try.ofSupplier(reader);
        if (read.isFailure() && !isBadSetting(read.getCause())) {
            read.get(); // a defect, not a setting: rethrown as is
        }
        return read.toValidation(error -> io.vavr.collection.List.of(problem(block, error)));
    }

    private static boolean isBadSetting(Throwable error) {
        return error instanceof ConfigurationException || error instanceof IllegalArgumentException
                || error instanceof ConfigException;
    }

    private static ConfigProblem problem(String block, Throwable error) {
        if (error instanceof ConfigurationException) {
            ConfigurationException bad = (ConfigurationException) error;
            return new ConfigProblem(bad.origin().isEmpty() ? block : bad.origin(), bad.path(), bad.problem());
        }
        return new ConfigProblem(block, "", String.valueOf(error.getMessage()));
    }
}
