package dev.yardstick.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every Yardstick pod the chart renders must hold, whatever the values. */
final class PodAssertions {
    static final String DATA_DIR = "/var/lib/yardstick";
    private static final Pattern EVERY_N_MINUTES = Pattern.compile("\\*/(\\d+) \\* \\* \\* \\*");
    private static final Pattern EVERY_N_HOURS = Pattern.compile("\\d+ \\*/(\\d+) \\* \\* \\*");

    private PodAssertions() {
    }

    static void assertHardened(PodSpec pod) {
        PodSecurityContext podContext = pod.getSecurityContext();
        assertEquals(Boolean.TRUE, podContext.getRunAsNonRoot());
        assertEquals(10001L, podContext.getRunAsUser());
        assertEquals("RuntimeDefault", podContext.getSeccompProfile().getType());
        assertEquals("Never", pod.getRestartPolicy());
        List<Container> containers = new java.util.ArrayList<>(pod.getContainers());
        containers.addAll(pod.getInitContainers());
        for (Container container : containers) {
            SecurityContext context = container.getSecurityContext();
            assertEquals(Boolean.FALSE, context.getAllowPrivilegeEscalation(), container.getName());
            assertEquals(Boolean.TRUE, context.getReadOnlyRootFilesystem(), container.getName());
            assertEquals(Boolean.FALSE, context.getPrivileged(), container.getName());
            assertEquals(List.of("ALL"), context.getCapabilities().getDrop(), container.getName());
            assertTrue(context.getCapabilities().getAdd() == null || context.getCapabilities().getAdd().isEmpty());
            assertTrue(container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals(DATA_DIR)
                    && !Boolean.TRUE.equals(m.getReadOnly())), container.getName() + " has no writable " + DATA_DIR);
            assertTrue(container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/etc/yardstick")
                    && Boolean.TRUE.equals(m.getReadOnly())), container.getName() + " has no config mount");
            assertFalse(container.getResources().getLimits().get("memory").toString().isEmpty());
            assertFalse(container.getResources().getRequests().get("memory").toString().isEmpty());
        }
    }

    /** The CronJob never overlaps itself and its Job ends before the next one is due. */
    static void assertNoOverlap(CronJob cronJob) {
        assertEquals("Forbid", cronJob.getSpec().getConcurrencyPolicy());
        long interval = intervalSeconds(cronJob.getSpec().getSchedule());
        long deadline = cronJob.getSpec().getJobTemplate().getSpec().getActiveDeadlineSeconds();
        assertTrue(deadline < interval, cronJob.getMetadata().getName() + ": activeDeadlineSeconds " + deadline
                + " is not below the schedule interval " + interval);
        List<String> args = container(cronJob).getArgs();
        int set = args.indexOf("yardstick.run.deadline=" + (deadline - 120) + "s");
        assertTrue(set > 0 && args.get(set - 1).equals("--set"), "the run deadline is derived from the Job's: " + args);
    }

    static Container container(CronJob cronJob) {
        return pod(cronJob).getContainers().get(0);
    }

    static PodSpec pod(CronJob cronJob) {
        return cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
    }

    static Volume volume(PodSpec pod, String name) {
        return pod.getVolumes().stream().filter(v -> v.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + name));
    }

    static long intervalSeconds(String schedule) {
        Matcher minutes = EVERY_N_MINUTES.matcher(schedule);
        if (minutes.matches()) {
            return Long.parseLong(minutes.group(1)) * 60;
        }
        Matcher hours = EVERY_N_HOURS.matcher(schedule);
        if (hours.matches()) {
            return Long.parseLong(hours.group(1)) * 3600;
        }
        throw new AssertionError("the test reads */N-minute and */N-hour schedules only: " + schedule);
    }
}
