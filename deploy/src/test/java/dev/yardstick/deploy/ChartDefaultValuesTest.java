package dev.yardstick.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartDefaultValuesTest {
    private static String rendered;
    private static Manifests manifests;

    @BeforeAll
    static void render() {
        rendered = Helm.template();
        manifests = Manifests.parse(rendered);
    }

    @Test
    void lintsStrictly() {
        Processes.Result lint = Helm.run(List.of("lint", "--strict", Helm.CHART.toString()));
        assertEquals(0, lint.exitCode(), lint::describe);
    }

    @Test
    void rendersOneCronJobAndItsConfigAndIdentityOnly() {
        List<String> kinds = manifests.all().stream().map(HasMetadata::getKind).sorted().toList();
        assertEquals(List.of("ConfigMap", "CronJob", "Pod", "ServiceAccount"), kinds);
        CronJob cronJob = manifests.cronJobs().get(0);
        assertEquals("ys-yardstick", cronJob.getMetadata().getName());
        assertEquals("*/15 * * * *", cronJob.getSpec().getSchedule());
        assertEquals(List.of("run", "--once", "--config", "/etc/yardstick/application.conf", "--set",
                "yardstick.environment=development", "--set", "yardstick.run.deadline=720s"),
                PodAssertions.container(cronJob).getArgs());
        assertEquals(0, cronJob.getSpec().getJobTemplate().getSpec().getBackoffLimit());
        assertEquals("yardstick:0.1.0", PodAssertions.container(cronJob).getImage());
        assertEquals("IfNotPresent", PodAssertions.container(cronJob).getImagePullPolicy());
    }

    @Test
    void podIsHardenedAndNeverOverlaps() {
        CronJob cronJob = manifests.cronJobs().get(0);
        PodAssertions.assertHardened(PodAssertions.pod(cronJob));
        PodAssertions.assertNoOverlap(cronJob);
        assertEquals("512Mi", PodAssertions.volume(PodAssertions.pod(cronJob), "data").getEmptyDir().getSizeLimit()
                .toString());
        assertEquals(Boolean.FALSE, PodAssertions.pod(cronJob).getAutomountServiceAccountToken());
    }

    @Test
    void serviceAccountIsNamedAfterTheReleaseWithoutRole() {
        ServiceAccount account = manifests.single(ServiceAccount.class);
        assertEquals("ys-yardstick", account.getMetadata().getName());
        assertTrue(account.getMetadata().getAnnotations() == null || account.getMetadata().getAnnotations().isEmpty());
        assertEquals("ys-yardstick", PodAssertions.pod(manifests.cronJobs().get(0)).getServiceAccountName());
    }

    @Test
    void configMapHoldsTheValuesConfigAndTheConfigChecks(@TempDir Path work) throws Exception {
        String conf = manifests.applicationConf();
        assertTrue(conf.contains("yardstick {"), conf);
        Path file = work.resolve("application.conf");
        Files.writeString(file, conf);
        Processes.Result check = Distribution.yardstick(work, "config", "check", "--config", file.toString());
        assertEquals(0, check.exitCode(), check::describe);
    }

    @Test
    void checksumAnnotationFollowsTheConfig() {
        String checksum = checksum(manifests);
        assertEquals(checksum, checksum(Manifests.parse(Helm.template())));
        assertNotEquals(checksum, checksum(Manifests.parse(Helm.template("--set-string",
                "config=yardstick.pipeline.tags.team = platform"))));
    }

    @Test
    void helmTestPodChecksSecretsAndConfigWithTheJobsIdentity() {
        Pod check = manifests.single(Pod.class);
        assertEquals("test", check.getMetadata().getAnnotations().get("helm.sh/hook"));
        PodAssertions.assertHardened(check.getSpec());
        assertEquals(List.of("secrets", "check"), check.getSpec().getInitContainers().get(0).getArgs().subList(0, 2));
        assertEquals(List.of("config", "check"), check.getSpec().getContainers().get(0).getArgs().subList(0, 2));
        assertEquals("ys-yardstick", check.getSpec().getServiceAccountName());
    }

    @Test
    void notesSayHowToRunAJobByHandAndCheckSecrets() {
        Processes.Result install = Helm.run(List.of("install", "--dry-run=client", Helm.RELEASE,
                Helm.CHART.toString(), "--namespace", "monitoring"));
        assertEquals(0, install.exitCode(), install::describe);
        String notes = install.stdout().substring(install.stdout().indexOf("NOTES:"));
        assertTrue(notes.contains("kubectl create job --from=cronjob/ys-yardstick ys-yardstick-manual -n monitoring"),
                notes);
        assertTrue(notes.contains("helm test ys -n monitoring"), notes);
        assertTrue(notes.contains("WARNING: neither serviceAccount.roleArn nor existingSecret is set"), notes);
    }

    @Test
    void noProductionOrLatestAnywhere() {
        assertFalse(rendered.contains("production"), "hard-coded production environment");
        assertFalse(rendered.contains(":latest"), "moving image tag");
        assertFalse(rendered.contains("<<<<<<<") || rendered.contains(">>>>>>>"), "merge-conflict markers");
    }

    private static String checksum(Manifests manifests) {
        String checksum = manifests.cronJobs().get(0).getSpec().getJobTemplate().getSpec().getTemplate()
                .getMetadata().getAnnotations().get("checksum/config");
        assertEquals(64, checksum.length(), checksum);
        assertEquals(1, manifests.of(ConfigMap.class).size());
        return checksum;
    }
}
