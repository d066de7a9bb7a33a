package dev.yardstick.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production-shaped example: IRSA, an existing Secret mounted as files, two shards, persistence, RBAC. */
class ChartFullExampleTest {
    private static final String MOUNT = "/var/run/secrets/yardstick/";
    private static final Pattern FILE_REFERENCE = Pattern.compile("secret:file:" + Pattern.quote(MOUNT) + "([\\w.-]+)");
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(api-key|app-key|access-key|token|password|secret)$");

    private static String rendered;
    private static Manifests manifests;

    @BeforeAll
    static void render() {
        rendered = Helm.template("-f", Helm.FULL_EXAMPLE.toString());
        manifests = Manifests.parse(rendered);
    }

    @Test
    void lintsStrictly() {
        Processes.Result lint = Helm.run(List.of("lint", "--strict", Helm.CHART.toString(), "-f",
                Helm.FULL_EXAMPLE.toString()));
        assertEquals(0, lint.exitCode(), lint::describe);
    }

    @Test
    void eachShardIsItsOwnCronJobRunningItsCollectors() {
        Map<String, List<String>> argsByName = new LinkedHashMap<>();
        manifests.cronJobs().forEach(job -> argsByName.put(job.getMetadata().getName(),
                PodAssertions.container(job).getArgs()));
        assertEquals(List.of("ys-yardstick-github-core", "ys-yardstick-github-oss"), List.copyOf(argsByName.keySet()));
        assertEquals(List.of("run", "--once", "--collectors", "github", "--config", "/etc/yardstick/application.conf",
                "--set", "yardstick.environment=production", "--set", "yardstick.run.deadline=720s"),
                argsByName.get("ys-yardstick-github-core"));
        assertEquals(List.of("run", "--once", "--collectors", "github/oss"),
                argsByName.get("ys-yardstick-github-oss").subList(0, 4));
        CronJob oss = manifests.cronJobs().get(1);
        assertEquals("*/30 * * * *", oss.getSpec().getSchedule());
        assertEquals("*/15 * * * *", manifests.cronJobs().get(0).getSpec().getSchedule());
        for (CronJob job : manifests.cronJobs()) {
            PodAssertions.assertHardened(PodAssertions.pod(job));
            PodAssertions.assertNoOverlap(job);
            assertEquals("ys-yardstick", PodAssertions.volume(PodAssertions.pod(job), "config").getConfigMap().getName());
            assertEquals("ys-yardstick", PodAssertions.pod(job).getServiceAccountName());
        }
    }

    @Test
    void eachShardKeepsItsSpoolOnItsOwnClaim() {
        List<PersistentVolumeClaim> claims = manifests.of(PersistentVolumeClaim.class);
        assertEquals(List.of("ys-yardstick-github-core", "ys-yardstick-github-oss"),
                claims.stream().map(c -> c.getMetadata().getName()).toList());
        claims.forEach(claim -> assertEquals("2Gi", claim.getSpec().getResources().getRequests().get("storage")
                .toString()));
        for (CronJob job : manifests.cronJobs()) {
            assertEquals(job.getMetadata().getName(), PodAssertions.volume(PodAssertions.pod(job), "data")
                    .getPersistentVolumeClaim().getClaimName());
        }
    }

    @Test
    void irsaRoleIsOnTheServiceAccount() {
        ServiceAccount account = manifests.single(ServiceAccount.class);
        assertEquals("arn:aws:iam::123456789012:role/yardstick",
                account.getMetadata().getAnnotations().get("eks.amazonaws.com/role-arn"));
        assertEquals(List.of(new EnvVar("AWS_REGION", "us-east-1", null)),
                PodAssertions.container(manifests.cronJobs().get(0)).getEnv());
    }

    @Test
    void existingSecretIsMountedAsFilesReadOnly() {
        PodSpec pod = PodAssertions.pod(manifests.cronJobs().get(0));
        assertEquals("yardstick-secrets", PodAssertions.volume(pod, "secrets").getSecret().getSecretName());
        assertTrue(PodAssertions.volume(pod, "secrets").getSecret().getItems().isEmpty(), "every key is mounted");
        assertTrue(pod.getContainers().get(0).getVolumeMounts().stream().anyMatch(m -> m.getName().equals("secrets")
                && m.getMountPath().equals("/var/run/secrets/yardstick") && m.getReadOnly()));
    }

    @Test
    void rbacIsReadOnlyAndBoundToTheServiceAccount() {
        ClusterRole role = manifests.single(ClusterRole.class);
        List<String> rules = role.getRules().stream().map(ChartFullExampleTest::describe).toList();
        assertEquals(List.of("/pods:get,list", "apps/deployments:get,list", "metrics.k8s.io/pods:get,list"), rules);
        ClusterRoleBinding binding = manifests.single(ClusterRoleBinding.class);
        assertEquals(role.getMetadata().getName(), binding.getRoleRef().getName());
        assertEquals("ys-yardstick", binding.getSubjects().get(0).getName());
        assertEquals("monitoring", binding.getSubjects().get(0).getNamespace());
        assertEquals(Boolean.TRUE, PodAssertions.pod(manifests.cronJobs().get(0)).getAutomountServiceAccountToken());
    }

    @Test
    void noSecretValueOrLiteralKeyInAnyManifest(@TempDir Path work) throws Exception {
        assertTrue(manifests.all().stream().map(HasMetadata::getKind).noneMatch("Secret"::equals));
        Config config = ConfigFactory.parseString(manifests.applicationConf());
        config.entrySet().stream().filter(entry -> SECRET_KEY.matcher(entry.getKey()).matches()).forEach(entry ->
                assertTrue(entry.getValue().unwrapped().toString().startsWith("secret:"), entry.getKey()));
        for (CronJob job : manifests.cronJobs()) {
            for (Container container : PodAssertions.pod(job).getContainers()) {
                container.getEnv().forEach(env -> assertFalse(SECRET_KEY.matcher(env.getName()).matches(),
                        "secret in env " + env.getName()));
            }
        }
        Map<String, String> secretValues = mountedSecretFiles(work.resolve("secrets"));
        assertEquals(List.of("datadog-api-key", "github-token"), List.copyOf(secretValues.keySet()));
        secretValues.values().forEach(value -> assertFalse(rendered.contains(value)));
    }

    /** The ConfigMap checks with the distribution when the Secret's keys are where the pod would see them. */
    @Test
    void configMapChecksWithTheMountedSecretFiles(@TempDir Path work) throws Exception {
        Path secrets = work.resolve("secrets");
        Map<String, String> secretValues = mountedSecretFiles(secrets);
        Path file = work.resolve("application.conf");
        Files.writeString(file, manifests.applicationConf().replace(MOUNT, secrets + "/"));
        Processes.Result check = Distribution.yardstick(work, "config", "check", "--config", file.toString());
        assertEquals(0, check.exitCode(), check::describe);
        Processes.Result secretsCheck = Distribution.yardstick(work, "secrets", "check", "--config", file.toString());
        assertEquals(0, secretsCheck.exitCode(), secretsCheck::describe);
        secretValues.values().forEach(value -> assertFalse(check.describe().contains(value)
                || secretsCheck.describe().contains(value), "a secret value was printed"));
    }

    /** Writes one file per secret:file reference of the ConfigMap, as the mounted Secret would hold it. */
    private static Map<String, String> mountedSecretFiles(Path dir) throws Exception {
        Files.createDirectories(dir);
        Map<String, String> values = new java.util.TreeMap<>();
        Matcher matcher = FILE_REFERENCE.matcher(manifests.applicationConf());
        while (matcher.find()) {
            String value = "fake-" + UUID.randomUUID();
            if (values.putIfAbsent(matcher.group(1), value) == null) {
                Files.writeString(dir.resolve(matcher.group(1)), value);
            }
        }
        return values;
    }

    private static String describe(PolicyRule rule) {
        return String.join(",", rule.getApiGroups()) + "/" + String.join(",", rule.getResources()) + ":"
                + String.join(",", rule.getVerbs());
    }
}
