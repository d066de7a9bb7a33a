import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.typesafe.config.ConfigFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;
import okhttp3.ConnectionSpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The least a run with no points does with the libraries the architecture names, and nothing of Yardstick's own:
 * picocli parses three options, typesafe-config loads and checks the class path's configuration, a JDK logger
 * logs, pf4j loads and starts the drop-ins of a folder, and OkHttp posts one empty gzip body of bare Jackson to the
 * intake. The e2e harness runs it on the distribution's class path with the launcher's flags and archive, so that
 * its CPU is a floor for the fixed cost of {@code yardstick run --once} (docs/performance.md).
 * Usage: LibraryFloor --intake URL --plugins DIR [--steps cljph] (c config, l logging, j Jackson + gzip,
 * p pf4j, h HTTP; the default is all of them)
 */
@Command(name = "library-floor")
public final class LibraryFloor implements Callable<Integer> {
    @Option(names = "--intake", required = true)
    String intake;

    @Option(names = "--plugins", required = true)
    Path plugins;

    @Option(names = "--steps")
    String steps = "cljph";

    public static void main(String[] args) {
        System.exit(new CommandLine(new LibraryFloor()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (steps.contains("c")) {
            ConfigFactory.load().checkValid(ConfigFactory.defaultReference());
        }
        if (steps.contains("l")) {
            Logger.getLogger("library-floor").info("started");
        }
        if (steps.contains("p")) {
            PluginManager plugins = new DefaultPluginManager(this.plugins);
            plugins.loadPlugins();
            plugins.startPlugins();
        }
        byte[] body = steps.contains("j") || steps.contains("h") ? emptyBody() : new byte[0];
        if (steps.contains("h")) {
            post(body);
        }
        return 0;
    }

    private static byte[] emptyBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(new GZIPOutputStream(body))) {
            json.writeStartObject();
            json.writeArrayFieldStart("series");
            json.writeEndArray();
            json.writeEndObject();
        }
        return body.toByteArray();
    }

    /** Plain HTTP, as the Datadog sink's client is built for an http:// intake: no trust store, no TLS context. */
    private void post(byte[] body) throws IOException {
        OkHttpClient client = new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
        Request request = new Request.Builder().url(intake + "/api/v2/series")
                .header("Content-Encoding", "gzip")
                .post(RequestBody.create(body, MediaType.get("application/json")))
                .build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("intake answered " + response.code());
            }
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
