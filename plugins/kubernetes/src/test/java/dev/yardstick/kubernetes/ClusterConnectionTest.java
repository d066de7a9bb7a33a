package dev.yardstick.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.fabric8.kubernetes.client.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterConnectionTest {
    @Test
    void inClusterUsesTheServiceHostAndReReadsTheRotatingToken(@TempDir Path account) throws Exception {
        Files.writeString(account.resolve("token"), "first-token\n");
        Config config = ClusterConnection.config(new ClusterAccess.InCluster("fd00::1", "6443", account));
        assertEquals("https://[fd00::1]:6443/", config.getMasterUrl());
        assertNull(config.getCaCertFile(), "no ca.crt mounted, none configured");
        assertEquals("first-token", config.getOauthTokenProvider().getToken());
        Files.writeString(account.resolve("token"), "rotated-token");
        assertEquals("rotated-token", config.getOauthTokenProvider().getToken());
    }

    @Test
    void aKubeconfigContextChoosesTheServer(@TempDir Path dir) {
        Path file = KubernetesTestbed.kubeconfig(dir, "http://127.0.0.1:8001", "t");
        Config config = ClusterConnection.config(new ClusterAccess.Kubeconfig(file, Optional.of("test")));
        assertEquals("http://127.0.0.1:8001/", config.getMasterUrl());
        assertEquals("test", config.getCurrentContext().getName());
    }
}
