package dev.yardstick.kubernetes;

import static dev.yardstick.kubernetes.KubernetesTestbed.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.sandbox.kubernetes.KubernetesDataSet;
import dev.yardstick.sandbox.kubernetes.KubernetesSimulator;
import dev.yardstick.testkit.FakeClock;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With fabric8's loggers at their most verbose (its HTTP trace logger prints every request header and body), the
 * kubeconfig's token never reaches the logs. A control shows that a plain fabric8 client would leak it here.
 */
class KubernetesLoggingTest {
    private static final String TOKEN = "kubeconfig-t0ken-never-logged";
    private final Logger fabric8 = Logger.getLogger("io.fabric8");
    private final List<String> logged = new ArrayList<>();
    /** Opens when a record carries the token: fabric8's trace logger may write after the call has returned. */
    private final CountDownLatch tokenLogged = new CountDownLatch(1);
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            String line = formatter.format(record);
            synchronized (logged) {
                logged.add(line);
            }
            if (line.contains(TOKEN)) {
                tokenLogged.countDown();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;
    private KubernetesSimulator api;
    private Path kubeconfig;

    @BeforeEach
    void verboseFabric8(@TempDir Path dir) {
        previous = fabric8.getLevel();
        fabric8.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        fabric8.addHandler(capture);
        api = new KubernetesSimulator(FakeClock.at(AT), KubernetesDataSet.standard(AT), TOKEN);
        api.start();
        kubeconfig = KubernetesTestbed.write(dir.resolve("config"), api.kubeconfig("logging"));
    }

    @AfterEach
    void restore() {
        fabric8.removeHandler(capture);
        fabric8.setLevel(previous);
        api.close();
    }

    @Test
    void aCollectionNeverLogsTheToken() throws InterruptedException {
        var result = KubernetesTestbed.collect("cluster-name = logging\nkubeconfig = \"" + kubeconfig + "\"\n");
        assertEquals(List.of(), result.failures());
        synchronized (logged) {
            assertFalse(String.join("\n", logged).contains(TOKEN), "a token was logged");
        }
    }

    @Test
    void controlAPlainFabric8ClientWouldLogTheTokenAtTrace() throws InterruptedException {
        try (KubernetesClient plain = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(kubeconfig.toFile()))
                .withHttpClientFactory(new JdkHttpClientFactory()).build()) {
            plain.pods().inAnyNamespace().list();
        }
        // fabric8 logs the exchange once the response body is consumed, on its own thread, which can be after
        // list() returned: wait for it rather than read the capture at once
        assertTrue(tokenLogged.await(30, TimeUnit.SECONDS), "the capture sees fabric8's trace output");
    }
}
