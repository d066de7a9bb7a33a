package dev.yardstick.runtime.secrets;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.ConfigurationException;
import java.net.URI;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Reads secret strings from AWS Secrets Manager with the SDK's default credential chain, which covers
 * environment keys, profiles, web identity tokens (IRSA, through the {@code sts} module) and instance roles.
 */
final class AwsSecretsClient implements AutoCloseable {
    static final String STS_CLASS = "software.amazon.awssdk.services.sts.StsClient";

    private final SecretsManagerClient client;

    private AwsSecretsClient(SecretsManagerClient client) {
        this.client = requireNonNull(client, "client is null");
    }

    static AwsSecretsClient create(AwsSecretsSettings settings) {
        requireSts(AwsSecretsClient.class.getClassLoader());
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder();
        settings.region().ifPresent(region -> builder.region(Region.of(region)));
        settings.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        try {
            return new AwsSecretsClient(builder.build());
        } catch (SdkException e) {
            throw new ConfigurationException("yardstick.secrets.aws",
                    "cannot create the AWS Secrets Manager client: " + e.getMessage());
        }
    }

    /**
     * Fails unless the STS client is loadable: without it the default chain silently skips web identity
     * (IRSA) credentials and a pod falls back to the node's role.
     */
    static void requireSts(ClassLoader loader) {
        try {
            Class.forName(STS_CLASS, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ConfigurationException("yardstick.secrets.aws", "class " + STS_CLASS + " is not on the"
                    + " class path; add software.amazon.awssdk:sts so web identity (IRSA) credentials work");
        }
    }

    String secretString(String name) {
        GetSecretValueResponse response;
        try {
            response = client.getSecretValue(request -> request.secretId(name));
        } catch (SecretsManagerException e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            throw new ConfigurationException("", "AWS secret '" + name + "' cannot be read: " + code
                    + " (HTTP " + e.statusCode() + ")");
        } catch (SdkException e) {
            throw new ConfigurationException("", "AWS secret '" + name + "' cannot be read: " + e.getMessage());
        }
        if (response.secretString() == null) {
            throw new ConfigurationException("", "AWS secret '" + name + "' has no SecretString"
                    + " (binary secrets are not supported)");
        }
        return response.secretString();
    }

    @Override
    public void close() {
        client.close();
    }
}
