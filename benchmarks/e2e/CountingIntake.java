import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An intake that accepts everything on 127.0.0.1: answers 202 to every request, counts requests and body bytes
 * (as sent, compressed) and rewrites "requests bytes" into the stats file after each one. Writes its port into
 * the port file once listening; stops after the given number of seconds at the latest.
 * Usage: java CountingIntake PORT_FILE STATS_FILE MAX_SECONDS
 */
public final class CountingIntake {
    public static void main(String[] args) throws Exception {
        Path portFile = Path.of(args[0]);
        Path stats = Path.of(args[1]);
        long maxSeconds = Long.parseLong(args[2]);
        AtomicLong requests = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            long size = 0;
            byte[] buffer = new byte[65536];
            try (InputStream in = exchange.getRequestBody()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                }
            }
            byte[] answer = "{\"errors\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
            synchronized (CountingIntake.class) {
                write(stats, requests.incrementAndGet() + " " + bytes.addAndGet(size));
            }
        });
        server.start();
        write(stats, "0 0");
        write(portFile, Integer.toString(server.getAddress().getPort()));
        Thread.sleep(maxSeconds * 1000);
        server.stop(0);
        System.exit(0);
    }

    private static void write(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
