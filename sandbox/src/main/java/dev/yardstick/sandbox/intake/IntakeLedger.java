package dev.yardstick.sandbox.intake;

import java.util.ArrayList;
import java.util.List;

/** What the intake accepted and refused, in arrival order; thread-safe. */
final class IntakeLedger {

    private final Object lock = new Object();
    private final List<AcceptedSeries> series = new ArrayList<>();
    private final List<AcceptedDistribution> distributions = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private int acceptedPayloads;

    void acceptSeries(List<AcceptedSeries> payload) {
        synchronized (lock) {
            series.addAll(payload);
            acceptedPayloads++;
        }
    }

    void acceptDistributions(List<AcceptedDistribution> payload) {
        synchronized (lock) {
            distributions.addAll(payload);
            acceptedPayloads++;
        }
    }

    void reject(Rejection rejection) {
        synchronized (lock) {
            rejections.add(rejection);
        }
    }

    List<AcceptedSeries> series() {
        synchronized (lock) {
            return List.copyOf(series);
        }
    }

    List<AcceptedDistribution> distributions() {
        synchronized (lock) {
            return List.copyOf(distributions);
        }
    }

    List<Rejection> rejections() {
        synchronized (lock) {
            return List.copyOf(rejections);
        }
    }

    int acceptedPayloads() {
        synchronized (lock) {
            return acceptedPayloads;
        }
    }

    void clear() {
        synchronized (lock) {
            series.clear();
            distributions.clear();
            rejections.clear();
            acceptedPayloads = 0;
        }
    }
}
