package dev.yardstick.sandbox.ec2;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credential scope of a Signature Version 4 {@code Authorization} header: access key id, region and service.
 * The simulators check the key id and route by region; they do not recompute the signature.
 *
 * @param accessKeyId the access key id
 * @param region the signing region
 * @param service the signing service, e.g. {@code ec2}
 */
public record AwsSignature(String accessKeyId, String region, String service) {
    private static final Pattern CREDENTIAL =
            Pattern.compile("AWS4-HMAC-SHA256 Credential=([^/]+)/\\d{8}/([^/]+)/([^/]+)/aws4_request,.*Signature=[0-9a-f]{64}.*");

    /** Parses the header, empty when it is missing or not a SigV4 signature. */
    public static Optional<AwsSignature> parse(Optional<String> authorization) {
        return authorization.map(CREDENTIAL::matcher).filter(Matcher::matches)
                .map(m -> new AwsSignature(m.group(1), m.group(2), m.group(3)));
    }
}
