package dev.yardstick.sandbox;

import dev.yardstick.sandbox.core.SimulatedApi;
import dev.yardstick.sandbox.github.GithubDataSet;
import dev.yardstick.sandbox.github.GithubSimulator;
import dev.yardstick.sandbox.datadogapi.DatadogApiSimulator;
import dev.yardstick.sandbox.ec2.CloudWatchSimulator;
import dev.yardstick.sandbox.ec2.Ec2DataSet;
import dev.yardstick.sandbox.ec2.Ec2Simulator;
import dev.yardstick.sandbox.intake.DatadogIntakeSimulator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of simulators started together on loopback and closed together.
 *
 * <p>To add a simulator: a field and a getter here, one line in {@link Builder#start()} creating and starting it via
 * {@code starter.start(...)}, and any options it needs on the {@link Builder}.
 */
public final class Sandbox implements AutoCloseable {

    private final List<SimulatedApi> simulators;
    private final DatadogIntakeSimulator intake;
    private final GithubSimulator github;
    private final DatadogApiSimulator datadogApi;
    private Ec2Simulator ec2;
    private CloudWatchSimulator cloudWatch;

    private Sandbox(List<SimulatedApi> simulators, DatadogIntakeSimulator intake, GithubSimulator github,
            DatadogApiSimulator datadogApi) {
        this.simulators = List.copyOf(simulators);
        this.intake = Objects.requireNonNull(intake, "intake");
        this.github = Objects.requireNonNull(github, "github");
        this.datadogApi = Objects.requireNonNull(datadogApi, "datadogApi");
    }

    /** Starts every simulator on a free port with the given clock and no expected intake API key. */
    public static Sandbox start(Clock clock) {
        return builder().clock(clock).start();
    }

    /** Returns a builder for a sandbox with options. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the simulated Datadog metrics intake. */
    public DatadogIntakeSimulator intake() {
        return intake;
    }

    /**
     * Returns the simulated GitHub REST API: the standard data set as of the sandbox clock's start, token
     * {@link GithubSimulator#DEFAULT_TOKEN}.
     */
    public GithubSimulator github() {
        return github;
    }

    /**
     * Returns the simulated EC2 Query API: the standard EC2 data set as of the sandbox clock's start, any access
     * key accepted.
     */
    public Ec2Simulator ec2() {
        return ec2;
    }

    /** Returns the simulated CloudWatch GetMetricData endpoint, serving the CPU data of {@link #ec2()}'s fleet. */
    public CloudWatchSimulator cloudWatch() {
        return cloudWatch;
    }

    /** Returns the simulated Datadog dashboards and monitors API. */
    public DatadogApiSimulator datadogApi() {
        return datadogApi;
    }

    /** Returns every simulator in start order. */
    public List<SimulatedApi> simulators() {
        return simulators;
    }

    /** Returns each simulator's base URL by simulator name, in start order. */
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        simulators.forEach(s -> urls.put(s.name(), s.baseUrl()));
        return Collections.unmodifiableMap(urls);
    }

    /** Resets every simulator (recorded requests, faults, recorded state). */
    public void reset() {
        simulators.forEach(SimulatedApi::reset);
    }

    /** Closes every simulator; safe to call more than once. */
    @Override
    public void close() {
        closeAll(simulators);
    }

    private static void closeAll(List<SimulatedApi> simulators) {
        RuntimeException failure = null;
        for (SimulatedApi simulator : simulators) {
            try {
                simulator.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Options for a {@link Sandbox}; every simulator binds a free port unless a port is given. */
    public static final class Builder {

        private Clock clock = Clock.systemUTC();
        private Optional<String> intakeApiKey = Optional.empty();
        private int intakePort;

        private Builder() {
        }

        /** Sets the clock every simulator reads (default: the system UTC clock). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Makes the intake reject every API key but this one with 403 (default: any non-empty key). */
        public Builder intakeApiKey(String value) {
            intakeApiKey = Optional.of(value);
            return this;
        }

        /** Binds the intake on this port instead of a free one. */
        public Builder intakePort(int value) {
            intakePort = value;
            return this;
        }

        /** Starts every simulator; if one fails, those already started are closed. */
        public Sandbox start() {
            Starter starter = new Starter();
            try {
                DatadogIntakeSimulator intake = starter.start(
                        new DatadogIntakeSimulator(clock, intakeApiKey), intakePort);
                GithubSimulator github = starter.start(new GithubSimulator(clock,
                        GithubDataSet.standard(clock.instant()), GithubSimulator.DEFAULT_TOKEN), 0);
                DatadogApiSimulator datadogApi = starter.start(new DatadogApiSimulator(clock, intakeApiKey), 0);
                Ec2DataSet ec2Data = Ec2DataSet.standard(clock.instant());
                Ec2Simulator ec2 = starter.start(new Ec2Simulator(clock, ec2Data, Optional.empty()), 0);
                CloudWatchSimulator cloudWatch = starter.start(new CloudWatchSimulator(clock, ec2Data), 0);
                Sandbox sandbox = new Sandbox(starter.started, intake, github, datadogApi);
                sandbox.ec2 = ec2;
                sandbox.cloudWatch = cloudWatch;
                return sandbox;
            } catch (RuntimeException e) {
                closeAll(starter.started);
                throw e;
            }
        }
    }

    /** Starts simulators one by one, remembering them so a failure can close those already running. */
    private static final class Starter {

        private final List<SimulatedApi> started = new ArrayList<>();

        <T extends SimulatedApi> T start(T simulator, int port) {
            started.add(simulator);
            simulator.start(port);
            return simulator;
        }
    }
}
