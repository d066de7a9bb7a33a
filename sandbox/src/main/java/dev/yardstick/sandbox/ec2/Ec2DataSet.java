package dev.yardstick.sandbox.ec2;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the simulated EC2 and CloudWatch serve: the instance types, and a fleet per region for one account.
 *
 * @param reference the instant the data describes (instances launched before it, CPU data up to it)
 * @param accountId the account the credentials belong to ({@code Owner=self})
 * @param types the instance types DescribeInstanceTypes knows
 * @param regions the fleets by region name; other regions are empty
 */
public record Ec2DataSet(Instant reference, String accountId, Map<String, InstanceTypeData> types,
        Map<String, RegionFleet> regions) {
    /** The reference instant of the standard data set. */
    public static final Instant DEFAULT_REFERENCE = Instant.parse("2026-11-20T12:00:00Z");
    /** The simulated account. */
    public static final String ACCOUNT_ID = "123456789012";

    public Ec2DataSet {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(accountId, "accountId");
        types = Map.copyOf(types);
        regions = Map.copyOf(regions);
    }

    /** The standard data set at {@link #DEFAULT_REFERENCE}. */
    public static Ec2DataSet standard() {
        return standard(DEFAULT_REFERENCE);
    }

    /** The standard data set around a reference instant (deterministic for a given instant). */
    public static Ec2DataSet standard(Instant reference) {
        return Ec2FleetGenerator.generate(reference);
    }

    /** The fleet of a region, empty when the account has nothing there. */
    public RegionFleet region(String region) {
        return regions.getOrDefault(region, RegionFleet.empty(region));
    }
}
