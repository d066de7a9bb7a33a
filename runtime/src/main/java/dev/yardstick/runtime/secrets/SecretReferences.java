package dev.yardstick.runtime.secrets;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.config.SecretResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Resolves {@code secret:env:NAME}, {@code secret:file:PATH} (content, trailing newline removed; relative
 * paths from the working directory) and {@code secret:aws:NAME} or {@code secret:aws:NAME#field} (AWS Secrets
 * Manager's SecretString, or one field of it when it is a JSON object). Each reference is resolved once per
 * instance and cached; failures are not cached. Error messages name the reference, never a value.
 *
 * <p>An empty or whitespace-only value is an error (a blank API key would silently switch a sink off). A secret
 * file must be a regular file (a FIFO or a device would block the reader forever) of at most
 * {@value #MAX_FILE_BYTES} bytes.
 */
public final class SecretReferences implements SecretResolver, AutoCloseable {
    /** The prefix of every secret reference. */
    public static final String PREFIX = "secret:";

    /** The largest secret file read; a PEM private key is a few kilobytes. */
    public static final int MAX_FILE_BYTES = 64 * 1024;

    private final Map<String, String> environment;
    private final Path workingDir;
    private final AwsSecretsSettings aws;
    private final Map<String, Secret> cache = new ConcurrentHashMap<>();
    private AwsSecretsClient awsClient;

    /**
     * Creates a resolver.
     *
     * @param environment the environment variables {@code secret:env:} reads
     * @param workingDir the directory relative {@code secret:file:} paths start from
     * @param aws where AWS Secrets Manager is reached
     */
    public SecretReferences(Map<String, String> environment, Path workingDir, AwsSecretsSettings aws) {
        this.environment = Map.copyOf(environment);
        this.workingDir = requireNonNull(workingDir, "workingDir is null");
        this.aws = requireNonNull(aws, "aws is null");
    }

    /**
     * Tells whether a value is a secret reference.
     *
     * @param value a configuration value
     * @return true when it starts with {@code secret:}
     */
    public static boolean isReference(String value) {
        return value.startsWith(PREFIX);
    }

    /**
     * The start-up self-check of the AWS class path: web identity (IRSA) credentials need the STS client.
     *
     * @param loader the class loader the SDK is used from
     * @return the problem, empty when the STS client is loadable
     */
    public static Optional<String> stsProblem(ClassLoader loader) {
        try {
            AwsSecretsClient.requireSts(loader);
            return Optional.empty();
        } catch (ConfigurationException e) {
            return Optional.of(e.problem());
        }
    }

    @Override
    public Secret resolve(String reference) {
        requireNonNull(reference, "reference is null");
        if (!isReference(reference)) {
            return Secret.of(reference);
        }
        Secret cached = cache.get(reference);
        if (cached != null) {
            return cached;
        }
        return cache.computeIfAbsent(reference, key -> Secret.of(notBlank(key, lookUp(key))));
    }

    private static String notBlank(String reference, String value) {
        if (value.isBlank()) {
            throw failure("secret reference '" + reference + "' resolves to an empty value");
        }
        return value;
    }

    /**
     * Returns the values resolved so far, for redaction.
     *
     * @return the plain values
     */
    public Set<String> resolvedValues() {
        return cache.values().stream().map(Secret::reveal).collect(Collectors.toUnmodifiableSet());
    }

    private String lookUp(String reference) {
        String body = reference.substring(PREFIX.length());
        int colon = body.indexOf(':');
        String kind = colon < 0 ? body : body.substring(0, colon);
        String name = colon < 0 ? "" : body.substring(colon + 1);
        if (name.isEmpty()) {
            throw failure("secret reference '" + reference + "' names nothing (expected secret:KIND:NAME)");
        }
        switch (kind) {
            case "env":
                return fromEnvironment(name);
            case "file":
                return fromFile(name);
            case "aws":
                return fromAws(name);
            default:
                throw failure("unknown secret kind '" + kind + "' in '" + reference + "' (use env, file or aws)");
        }
    }

    private String fromEnvironment(String name) {
        String value = environment.get(name);
        if (value == null) {
            throw failure("environment variable " + name + " is not set");
        }
        return value;
    }

    private String fromFile(String name) {
        Path file = workingDir.resolve(name);
        if (!Files.exists(file)) {
            throw failure("secret file " + file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw failure("secret file " + file + " is not a regular file (a FIFO, device or directory is refused)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw failure("secret file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw failure("secret file " + file + " is larger than " + MAX_FILE_BYTES + " bytes");
        }
        String content = new String(bytes, StandardCharsets.UTF_8);
        return content.endsWith("\r\n") ? content.substring(0, content.length() - 2)
                : content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
    }

    private String fromAws(String name) {
        int hash = name.indexOf('#');
        String secretId = hash < 0 ? name : name.substring(0, hash);
        String secretString = awsClient().secretString(secretId);
        return hash < 0 ? secretString : JsonField.read(secretId, secretString, name.substring(hash + 1));
    }

    /**
     * Picks a field of a JSON secret. Jackson is referenced only here, so resolving any other kind of reference (and
     * start-up without one) loads none of its classes.
     */
    private static final class JsonField {
        private static final ObjectMapper MAPPER = new ObjectMapper();

        private JsonField() {
        }

        static String read(String secretId, String secretString, String field) {
            JsonNode node;
            try {
                node = MAPPER.readTree(secretString);
            } catch (JsonProcessingException e) {
                node = null;
            }
            if (node == null || !node.isObject()) {
                throw failure("AWS secret '" + secretId + "' is not a JSON object, cannot pick field '" + field + "'");
            }
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || value.isContainerNode()) {
                throw failure("AWS secret '" + secretId + "' has no text field '" + field + "'");
            }
            return value.asText();
        }
    }

    private synchronized AwsSecretsClient awsClient() {
        if (awsClient == null) {
            awsClient = AwsSecretsClient.create(aws);
        }
        return awsClient;
    }

    private static ConfigurationException failure(String message) {
        return new ConfigurationException("", message);
    }

    @Override
    public synchronized void close() {
        if (awsClient != null) {
            awsClient.close();
            awsClient = null;
        }
    }
}
