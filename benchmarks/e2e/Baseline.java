import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

/**
 * The baseline program: the same N series (6 tags, plus the 4 tags Yardstick adds) encoded with bare Jackson
 * straight into gzip, in bodies of at most BATCH series, each POSTed to the intake. No models, no pipeline.
 * Usage: java -cp jackson-core.jar:. Baseline N INTAKE_URL
 */
public final class Baseline {
    private static final int BATCH = 10_000;
    private static final JsonFactory FACTORY = new JsonFactory();

    public static void main(String[] args) throws IOException {
        int series = Integer.parseInt(args[0]);
        URL url = new URL(args[1] + "/api/v2/series");
        long timestamp = Instant.now().getEpochSecond();
        for (int from = 0; from < series; from += BATCH) {
            post(url, body(from, Math.min(series, from + BATCH), timestamp));
        }
    }

    private static byte[] body(int from, int to, long timestamp) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out, 8192); JsonGenerator json = FACTORY.createGenerator(gzip)) {
            json.writeStartObject();
            json.writeArrayFieldStart("series");
            for (int i = from; i < to; i++) {
                json.writeStartObject();
                json.writeStringField("metric", "bench.metric_" + (i % 20));
                json.writeArrayFieldStart("points");
                json.writeStartObject();
                json.writeNumberField("timestamp", timestamp);
                json.writeNumberField("value", i * 0.5);
                json.writeEndObject();
                json.writeEndArray();
                json.writeArrayFieldStart("tags");
                for (String tag : new String[] {"collector:bench", "env:bench", "host:host-" + i,
                    "region:region-" + (i % 7), "service:svc-" + (i % 50), "shard:" + (i % 64), "source:bench",
                    "tier:tier-" + (i % 4), "version:0.1.0-SNAPSHOT", "zone:zone-" + (i % 3)}) {
                    json.writeString(tag);
                }
                json.writeEndArray();
                json.writeNumberField("type", 3);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void post(URL url, byte[] body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("Content-Encoding", "gzip");
        connection.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        if (connection.getResponseCode() / 100 != 2) {
            throw new IOException("intake answered " + connection.getResponseCode());
        }
        connection.getInputStream().readAllBytes();
    }
}
