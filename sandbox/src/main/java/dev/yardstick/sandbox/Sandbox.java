package dev.yardstick.sandbox;

import dev.yardstick.sandbox.asana.AsanaDataSet;
import dev.yardstick.sandbox.asana.AsanaSimulator;
import dev.yardstick.sandbox.core.SimulatedApi;
import dev.yardstick.sandbox.github.GithubDataSet;
import dev.yardstick.sandbox.github.GithubSimulator;
import dev.yardstick.sandbox.skypilot.SkypilotAuth;
import dev.yardstick.sandbox.skypilot.SkypilotDataSet;
import dev.yardstick.sandbox.skypilot.SkypilotSimulator;
import dev.yardstick.sandbox.datadogapi.DatadogApiSimulator;
import dev.yardstick.sandbox.ec2.CloudWatchSimulator;
import dev.yardstick.sandbox.ec2.Ec2DataSet;
import dev.yardstick.sandbox.ec2.Ec2Simulator;
import dev.yardstick.sandbox.intake.DatadogIntakeSimulator;
import dev.yardstick.sandbox.kubernetes.KubernetesSimulator;
import dev.yardstick.sandbox.wandb.WandbDataSet;
import dev.yardstick.sandbox.wandb.WandbSimulator;
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
 * <p>To add a simulator: a getter here ({@code return find(FooSimulator.class);}), one statement in
 * {@link Builder#start()} creating and starting it via {@code starter.start(...)} before the final {@code return}, and
 * any options it needs on the {@link Builder}.
 */
public final class Sandbox implements AutoCloseable {

    private final List<SimulatedApi> simulators;

    private Sandbox(List<SimulatedApi> simulators) {
        this.simulators = List.copyOf(simulators);
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
        return find(DatadogIntakeSimulator.class);
    }

    /**
     * Returns the simulated GitHub REST API: the standard data set as of the sandbox clock's start, token
     * {@link GithubSimulator#DEFAULT_TOKEN}.
     */
    public GithubSimulator github() {
        return find(GithubSimulator.class);
    }

    /**
     * Returns the simulated EC2 Query API: the standard EC2 data set as of the sandbox clock's start, any access
     * key accepted.
     */
    public Ec2Simulator ec2() {
        return find(Ec2Simulator.class);
    }

    /** Returns the simulated CloudWatch GetMetricData endpoint, serving the CPU data of {@link #ec2()}'s fleet. */
    public CloudWatchSimulator cloudWatch() {
        return find(CloudWatchSimulator.class);
    }

    /** Returns the simulated Datadog dashboards and monitors API. */
    public DatadogApiSimulator datadogApi() {
        return find(DatadogApiSimulator.class);
    }

    /**
     * Returns the simulated SkyPilot API server: the standard data set as of the sandbox clock's start, without
     * authentication (as an in-cluster API server usually runs), so a token or none is accepted.
     */
    public SkypilotSimulator skypilot() {
        return find(SkypilotSimulator.class);
    }

    /**
     * Returns the simulated Asana REST API: the standard data set as of the sandbox clock's start, token
     * {@link AsanaSimulator#DEFAULT_TOKEN}.
     */
    public AsanaSimulator asana() {
        return find(AsanaSimulator.class);
    }

    /**
     * Returns the simulated Kubernetes API (pods, deployments, pod metrics): the standard data set as of the sandbox
     * clock's start, token {@link KubernetesSimulator#DEFAULT_TOKEN}.
     */
    public KubernetesSimulator kubernetes() {
        return find(KubernetesSimulator.class);
    }

    /**
     * Returns the simulated W&B GraphQL API: the standard data set as of the sandbox clock's start, API key
     * {@link WandbSimulator#DEFAULT_API_KEY}.
     */
    public WandbSimulator wandb() {
        return find(WandbSimulator.class);
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

    private <T extends SimulatedApi> T find(Class<T> type) {
        return simulators.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " in this sandbox"));
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
                starter.start(new GithubSimulator(clock,
                        GithubDataSet.standard(clock.instant()), GithubSimulator.DEFAULT_TOKEN), 0);
                DatadogApiSimulator datadogApi = starter.start(new DatadogApiSimulator(clock, intakeApiKey), 0);
                datadogApi.serveQueriesFrom(intake::acceptedPoints);
                starter.start(new SkypilotSimulator(clock, SkypilotDataSet.standard(
                        clock.instant()), SkypilotAuth.none()), 0);
                starter.start(new AsanaSimulator(clock,
                        AsanaDataSet.standard(clock.instant()), AsanaSimulator.DEFAULT_TOKEN), 0);
                starter.start(new KubernetesSimulator(clock), 0);
                starter.start(new WandbSimulator(clock,
                        WandbDataSet.standard(clock.instant()), WandbSimulator.DEFAULT_API_KEY), 0);
                Ec2DataSet ec2Data = Ec2DataSet.standard(clock.instant());
                starter.start(new Ec2Simulator(clock, ec2Data, Optional.empty()), 0);
                starter.start(new CloudWatchSimulator(clock, ec2Data), 0);
                return new Sandbox(starter.started);
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
