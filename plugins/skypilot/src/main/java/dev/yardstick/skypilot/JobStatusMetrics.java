package dev.yardstick.skypilot;

import static dev.yardstick.skypilot.SkypilotMetrics.JOBS_CANCELLED;
import static dev.yardstick.skypilot.SkypilotMetrics.JOBS_FAILED;
import static dev.yardstick.skypilot.SkypilotMetrics.JOBS_FAILED_7D;
import static dev.yardstick.skypilot.SkypilotMetrics.JOBS_QUEUED;
import static dev.yardstick.skypilot.SkypilotMetrics.JOBS_RUNNING;
import static dev.yardstick.skypilot.SkypilotMetrics.JOBS_SUCCEEDED;
import static dev.yardstick.skypilot.SkypilotMetrics.USERS_ACTIVE;

import dev.yardstick.api.metric.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Job counts by status group: the queued and running now, the finished within their windows (by end time), and
 * the active users.
 */
final class JobStatusMetrics {
    static final Duration SEVEN_DAYS = Duration.ofDays(7);

    private JobStatusMetrics() {
    }

    static List<Measurement> compute(List<ManagedJob> jobs, Instant at, Duration terminalWindow) {
        Window terminal = Window.ending(at, terminalWindow);
        Window week = Window.ending(at, SEVEN_DAYS);
        long activeUsers = jobs.stream()
                .filter(job -> ManagedJob.known(job.submittedAt()) && week.contains(job.submittedAt()))
                .map(ManagedJob::userName).filter(Objects::nonNull).distinct().count();
        return new Measurement.Builder()
                .count(JOBS_QUEUED, Unit.JOB, count(jobs, StatusGroup.QUEUED))
                .count(JOBS_RUNNING, Unit.JOB, count(jobs, StatusGroup.RUNNING))
                .count(JOBS_SUCCEEDED, Unit.JOB, ended(jobs, StatusGroup.SUCCEEDED, terminal))
                .count(JOBS_FAILED, Unit.JOB, ended(jobs, StatusGroup.FAILED, terminal))
                .count(JOBS_CANCELLED, Unit.JOB, ended(jobs, StatusGroup.CANCELLED, terminal))
                .count(JOBS_FAILED_7D, Unit.JOB, ended(jobs, StatusGroup.FAILED, week))
                .count(USERS_ACTIVE, Unit.PERSON, activeUsers)
                .build();
    }

    private static long count(List<ManagedJob> jobs, StatusGroup group) {
        return jobs.stream().filter(job -> job.inGroup(group)).count();
    }

    private static long ended(List<ManagedJob> jobs, StatusGroup group, Window window) {
        return jobs.stream().filter(job -> job.inGroup(group) && window.contains(job.endTime())).count();
    }
}
