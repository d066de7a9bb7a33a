package dev.yardstick.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.config.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubernetesSettingsTest {
    private static final String TOKEN = "s3cret-kubeconfig-t0ken";
    @TempDir
    static Path dir;
    private static String valid;
    private static ClusterEnvironment nowhere;

    @BeforeAll
    static void files() throws Exception {
        Path kubeconfig = KubernetesTestbed.kubeconfig(dir, "http://127.0.0.1:1", TOKEN);
        Files.writeString(kubeconfig, Files.readString(kubeconfig).replace("current-context: test\n",
                "current-context: test\n").replace("contexts:\n", "contexts:\n- name: orphan\n  context:\n"
                + "    cluster: missing\n    user: test\n"));
        KubernetesTestbed.write(dir.resolve("broken"), "clusters: [\n  token: " + TOKEN);
        KubernetesTestbed.write(dir.resolve("no-current"), "apiVersion: v1\nkind: Config\ncontexts: []\n");
        valid = "cluster-name = prod-eu\nkubeconfig = \"" + kubeconfig + "\"\n";
        nowhere = new ClusterEnvironment(Map.of(), dir.resolve("no-service-account"), dir.resolve("empty-home"));
    }

    @Test
    void defaultsComeFromReferenceConf() {
        KubernetesSettings settings = KubernetesSettings.from(KubernetesTestbed.config(valid), nowhere);
        assertEquals("prod-eu", settings.clusterName());
        assertInstanceOf(ClusterAccess.Kubeconfig.class, settings.access());
        assertEquals(Optional.empty(), ((ClusterAccess.Kubeconfig) settings.access()).context());
        assertEquals(List.of(), settings.includeNamespaces());
        assertEquals(Set.of(), settings.excludeNamespaces());
        assertFalse(settings.byNamespace());
        assertEquals(500, settings.pageSize());
        assertEquals(5, settings.highRestarts());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cluster-name = null                       | cluster-name | a cluster name is required",
        "cluster-name = \"prod eu\"                | cluster-name | 'prod eu' must be",
        "kubeconfig = \"/no/such/kubeconfig\"      | kubeconfig | /no/such/kubeconfig does not exist",
        "kubeconfig = \"BROKEN\"                   | kubeconfig | is not a parseable kubeconfig",
        "kubeconfig = \"NO_CURRENT\"               | context | has no current-context",
        "context = staging                         | context | context 'staging' is not in",
        "context = orphan                          | kubeconfig | names cluster 'missing'",
        "context = \"\"                            | context | is empty",
        "namespaces.include = [\"Web\"]            | namespaces.include | 'Web' is not a namespace name",
        "namespaces.exclude = [a, a]               | namespaces.exclude | listed twice",
        "namespaces { \"include\" = [a], exclude = [a] } | namespaces.exclude | also in namespaces.include",
        "page-size = 0                             | page-size | 1 or more",
        "high-restarts = -1                        | high-restarts | 0 or more"})
    void invalidSettingsFailAtStartUpNamingTheKey(String override, String key, String problem) {
        String hocon = valid + override.replace("BROKEN", dir.resolve("broken").toString())
                .replace("NO_CURRENT", dir.resolve("no-current").toString());
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> KubernetesSettings.from(KubernetesTestbed.config(hocon), nowhere));
        assertEquals("yardstick.collectors.kubernetes." + key, error.path());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
        assertFalse(error.getMessage().contains(TOKEN), "no credential in messages: " + error.getMessage());
    }

    @Test
    void withoutKubeconfigOutsideAPodTheDefaultFileMustExist() {
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> KubernetesSettings.from(KubernetesTestbed.config("cluster-name = x\n"), nowhere));
        assertEquals("yardstick.collectors.kubernetes.kubeconfig", error.path());
        assertTrue(error.getMessage().contains(dir.resolve("empty-home/.kube/config") + " does not exist"),
                error.getMessage());
        assertTrue(error.getMessage().contains("not running in a pod"), error.getMessage());
    }

    @Test
    void inAPodTheServiceAccountIsUsed() throws Exception {
        Path account = Files.createDirectories(dir.resolve("serviceaccount"));
        Files.writeString(account.resolve("token"), "pod-token");
        ClusterEnvironment pod = new ClusterEnvironment(Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1",
                "KUBERNETES_SERVICE_PORT", "443"), account, dir.resolve("empty-home"));
        KubernetesSettings settings = KubernetesSettings.from(KubernetesTestbed.config("cluster-name = x\n"), pod);
        assertEquals(new ClusterAccess.InCluster("10.0.0.1", "443", account), settings.access());
    }

    @Test
    void kubeconfigVariableAndTildeAreHonoured() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path file = KubernetesTestbed.kubeconfig(Files.createDirectories(home.resolve(".kube")), "http://127.0.0.1:1", "t");
        ClusterEnvironment environment = new ClusterEnvironment(Map.of("KUBECONFIG", file.toString()),
                dir.resolve("no-service-account"), home);
        KubernetesSettings fromVariable = KubernetesSettings.from(KubernetesTestbed.config("cluster-name = x\n"),
                environment);
        assertEquals(file, ((ClusterAccess.Kubeconfig) fromVariable.access()).file());
        KubernetesSettings fromTilde = KubernetesSettings.from(KubernetesTestbed.config("cluster-name = x\nkubeconfig = \"~/.kube/"
                + file.getFileName() + "\"\ncontext = test\n"), environment);
        assertEquals(new ClusterAccess.Kubeconfig(file, Optional.of("test")), fromTilde.access());
    }
}
