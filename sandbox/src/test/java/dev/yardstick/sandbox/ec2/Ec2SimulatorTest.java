package dev.yardstick.sandbox.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.sandbox.core.LoopbackHttp;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The simulated EC2 Query API and CloudWatch CBOR codec on the wire, without the SDK. */
class Ec2SimulatorTest {
    private static final String AUTH = "AWS4-HMAC-SHA256 Credential=AKIDTEST/20261120/us-east-1/ec2/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64);
    private final LoopbackHttp http = new LoopbackHttp();

    private HttpResponse<String> post(Ec2Simulator ec2, String form) throws IOException {
        return http.send(HttpRequest.newBuilder(ec2.uri("/")).header("Authorization", AUTH)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    @Test
    void pagesFollowNextTokenUntilEveryFilteredInstanceIsListed() throws IOException {
        Clock clock = Clock.fixed(Ec2DataSet.DEFAULT_REFERENCE, ZoneOffset.UTC);
        try (Ec2Simulator ec2 = new Ec2Simulator(clock)) {
            ec2.start();
            String filter = "&Filter.1.Name=instance-state-name&Filter.1.Value.1=running";
            int listed = 0;
            Optional<String> token = Optional.empty();
            do {
                HttpResponse<String> page = post(ec2, "Action=DescribeInstances&Version=2016-11-15&MaxResults=1000"
                        + filter + token.map(t -> "&NextToken=" + t).orElse(""));
                assertEquals(200, page.statusCode(), page.body());
                assertTrue(page.body().contains("xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\""));
                listed += count(page.body(), "<instanceState><code>16</code><name>running</name>");
                Matcher next = Pattern.compile("<nextToken>([^<]+)</nextToken>").matcher(page.body());
                token = next.find() ? Optional.of(next.group(1)) : Optional.empty();
            } while (token.isPresent());
            assertEquals(ec2.dataSet().region("us-east-1").instances().stream()
                    .filter(i -> i.state().equals("running")).count(), listed);
        }
    }

    @Test
    void throttlingAndErrorsUseTheEc2ErrorEnvelope() throws IOException {
        try (Ec2Simulator ec2 = new Ec2Simulator(Clock.systemUTC())) {
            ec2.start();
            ec2.throttle("DescribeVolumes", 1);
            HttpResponse<String> throttled = post(ec2, "Action=DescribeVolumes&Version=2016-11-15");
            assertEquals(503, throttled.statusCode());
            assertTrue(throttled.body().contains("<Response><Errors><Error><Code>RequestLimitExceeded</Code>"));
            assertEquals(200, post(ec2, "Action=DescribeVolumes&Version=2016-11-15").statusCode());
            assertEquals(400, post(ec2, "Action=DescribeVolumes&Version=2016-11-15&MaxResults=501").statusCode());
            assertEquals(400, post(ec2, "Action=RunInstances&Version=2016-11-15").statusCode());
            HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(ec2.uri("/"))
                    .POST(HttpRequest.BodyPublishers.ofString("Action=DescribeVolumes&Version=2016-11-15")).build());
            assertEquals(401, unsigned.statusCode());
            assertEquals(List.of(503, 200, 400, 400, 401),
                    ec2.calls().stream().map(Ec2Simulator.Call::status).toList());
        }
    }

    @Test
    void spotPriceHistoryWithStartEqualToEndGivesThePriceInEffectPerTypeAndZone() throws IOException {
        try (Ec2Simulator ec2 = new Ec2Simulator(Clock.systemUTC())) {
            ec2.start();
            Instant at = Ec2DataSet.DEFAULT_REFERENCE;
            String body = post(ec2, "Action=DescribeSpotPriceHistory&Version=2016-11-15&InstanceType.1=g5.xlarge"
                    + "&ProductDescription.1=Linux%2FUNIX&StartTime=" + at + "&EndTime=" + at).body();
            assertEquals(6, count(body, "<item>"),
                    "the price in effect in each of the 5 zones, and the change at `at` in us-east-1a: " + body);
            assertTrue(body.contains("<spotPrice>0.432100</spotPrice><timestamp>" + at + "</timestamp>"
                    + "<availabilityZone>us-east-1a</availabilityZone>"), body);
            assertFalse(body.contains("Windows"));
        }
    }

    @Test
    void cborRoundTripsWhatTheSimulatorExchanges() {
        Map<String, Object> value = Map.of("Id", "q0", "Values", List.of(1.5, 99.0), "Timestamps",
                List.of(Instant.parse("2026-11-20T11:00:00Z"), Instant.parse("2026-11-20T11:00:00.250Z")),
                "Count", 70000L, "Negative", -3L, "Flag", true);
        assertEquals(value, Cbor.decode(Cbor.encode(value)));
        byte[] indefinite = {(byte) 0xbf, 0x61, 'a', (byte) 0x9f, 0x01, (byte) 0xf9, 0x3c, 0x00, (byte) 0xff,
            (byte) 0xff};
        assertEquals(Map.of("a", List.of(1L, 1.0)), Cbor.decode(indefinite));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
