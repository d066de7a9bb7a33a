package dev.yardstick.ec2;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Builds the SDK clients: the synchronous URL-connection HTTP client, the standard retry strategy (which retries
 * {@code RequestLimitExceeded} and other throttling with backoff), credentials from the settings or the default
 * chain, and the endpoint overrides.
 */
final class AwsClients {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);

    private AwsClients() {
    }

    static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(SOCKET_TIMEOUT)
                .build();
    }

    static AwsCredentialsProvider credentials(Ec2Settings settings) {
        return settings.credentials()
                .<AwsCredentialsProvider>map(keys -> StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        keys.accessKeyId().reveal(), keys.secretAccessKey().reveal())))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    static Ec2Client ec2(String region, Optional<URI> endpoint, SdkHttpClient http,
            AwsCredentialsProvider credentials) {
        return configure(Ec2Client.builder(), region, endpoint, credentials).httpClient(http).build();
    }

    static CloudWatchClient cloudWatch(String region, Optional<URI> endpoint, SdkHttpClient http,
            AwsCredentialsProvider credentials) {
        return configure(CloudWatchClient.builder(), region, endpoint, credentials).httpClient(http).build();
    }

    private static <B extends AwsClientBuilder<B, ?>> B configure(B builder, String region, Optional<URI> endpoint,
            AwsCredentialsProvider credentials) {
        builder.region(Region.of(region)).credentialsProvider(credentials)
                .overrideConfiguration(override -> override.retryStrategy(RetryMode.STANDARD));
        endpoint.ifPresent(builder::endpointOverride);
        return builder;
    }
}
