package dev.yardstick.runtime.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.api.config.ConfigurationException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resolves {@code secret:aws:} references over loopback HTTP against a simulated Secrets Manager. */
class AwsSecretsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> STORED = Map.of(
            "datadog/api-key", "dd-api-key-from-aws",
            "github", "{\"token\":\"ghp-json-field\",\"user\":\"bot\"}");

    private final MockWebServer server = new MockWebServer();
    private final List<String> requestedIds = new CopyOnWriteArrayList<>();
    private String savedKeyId;
    private String savedSecretKey;
    private String savedImdsSwitch;

    @BeforeEach
    void startServer() throws IOException {
        savedKeyId = System.getProperty("aws.accessKeyId");
        savedSecretKey = System.getProperty("aws.secretAccessKey");
        savedImdsSwitch = System.getProperty("aws.disableEc2Metadata");
        System.setProperty("aws.accessKeyId", "AKIDTESTONLY");
        System.setProperty("aws.secretAccessKey", "test-only-secret-access-key");
        System.setProperty("aws.disableEc2Metadata", "true");
        server.setDispatcher(new SecretsManagerSimulator());
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stopServer() {
        server.close();
        restore("aws.accessKeyId", savedKeyId);
        restore("aws.secretAccessKey", savedSecretKey);
        restore("aws.disableEc2Metadata", savedImdsSwitch);
    }

    @Test
    void readsSecretStringsAndJsonFieldsOncePerReference() {
        try (SecretReferences secrets = resolver()) {
            assertEquals("dd-api-key-from-aws", secrets.resolve("secret:aws:datadog/api-key").reveal());
            assertEquals("ghp-json-field", secrets.resolve("secret:aws:github#token").reveal());
            assertEquals("dd-api-key-from-aws", secrets.resolve("secret:aws:datadog/api-key").reveal());

            assertEquals(List.of("datadog/api-key", "github"), requestedIds);
        }
    }

    @Test
    void failuresNameTheSecretButNeverItsValue() {
        try (SecretReferences secrets = resolver()) {
            ConfigurationException missing = assertThrows(ConfigurationException.class,
                    () -> secrets.resolve("secret:aws:nope"));
            ConfigurationException noField = assertThrows(ConfigurationException.class,
                    () -> secrets.resolve("secret:aws:github#password"));
            ConfigurationException notJson = assertThrows(ConfigurationException.class,
                    () -> secrets.resolve("secret:aws:datadog/api-key#token"));

            assertEquals("AWS secret 'nope' cannot be read: ResourceNotFoundException (HTTP 400)",
                    missing.getMessage());
            assertEquals("AWS secret 'github' has no text field 'password'", noField.getMessage());
            assertEquals("AWS secret 'datadog/api-key' is not a JSON object, cannot pick field 'token'",
                    notJson.getMessage());
            assertFalse(noField.getMessage().contains("ghp-json-field"));
            assertFalse(notJson.getMessage().contains("dd-api-key-from-aws"));
        }
    }

    private SecretReferences resolver() {
        return new SecretReferences(Map.of(), Path.of("."), new AwsSecretsSettings(Optional.of("eu-west-1"),
                Optional.of("http://127.0.0.1:" + server.getPort())));
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    /** Answers the Secrets Manager JSON protocol's GetSecretValue from {@link #STORED}. */
    private final class SecretsManagerSimulator extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if (!"POST".equals(request.getMethod()) || !"/".equals(request.getUrl().encodedPath())
                    || !"secretsmanager.GetSecretValue".equals(request.getHeaders().get("X-Amz-Target"))
                    || request.getHeaders().get("Authorization") == null) {
                return error(400, "InvalidRequestException");
            }
            try {
                JsonNode body = JSON.readTree(request.getBody().utf8());
                String id = body.get("SecretId").asText();
                requestedIds.add(id);
                String value = STORED.get(id);
                if (value == null) {
                    return error(400, "ResourceNotFoundException");
                }
                String answer = JSON.createObjectNode().put("Name", id).put("SecretString", value).toString();
                return new MockResponse.Builder().code(200)
                        .setHeader("Content-Type", "application/x-amz-json-1.1").body(answer).build();
            } catch (IOException e) {
                return error(400, "SerializationException");
            }
        }

        private MockResponse error(int status, String type) {
            return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/x-amz-json-1.1")
                    .body("{\"__type\":\"" + type + "\",\"message\":\"simulated\"}").build();
        }
    }
}
