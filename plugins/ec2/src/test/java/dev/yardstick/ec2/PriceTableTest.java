package dev.yardstick.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTableTest {
    @ParameterizedTest(name = "{0} costs {1} USD/h")
    @CsvSource({"m5.large, 0.096", "g4dn.xlarge, 0.526", "g5.xlarge, 1.006", "g5.12xlarge, 5.672",
        "g6.xlarge, 0.8048", "g6e.xlarge, 1.861", "p4d.24xlarge, 21.96", "p5.48xlarge, 55.04", "t3.medium, 0.0416"})
    void theBundledTableHoldsPublicUsEast1LinuxPrices(String type, double price) {
        assertEquals(OptionalDouble.of(price), PriceTable.bundled().price(type));
    }

    @Test
    void everyGpuFamilyTheIssueNamesIsCoveredAndEveryPriceIsPositive() {
        Map<String, Double> prices = PriceTable.bundled().asMap();
        for (String family : List.of("g4dn.", "g5.", "g6.", "g6e.", "p4d.", "p5.")) {
            assertTrue(prices.keySet().stream().anyMatch(type -> type.startsWith(family)), family);
        }
        assertTrue(prices.values().stream().allMatch(price -> price > 0 && price < 100), prices.toString());
    }

    @Test
    void overridesReplaceAndExtendTheTable() {
        PriceTable table = PriceTable.bundled().with(Map.of("m5.large", 0.5, "mac2.metal", 0.65));
        assertEquals(OptionalDouble.of(0.5), table.price("m5.large"));
        assertEquals(OptionalDouble.of(0.65), table.price("mac2.metal"));
        assertEquals(OptionalDouble.empty(), PriceTable.bundled().price("mac2.metal"));
        assertEquals(OptionalDouble.of(1.006), table.price("g5.xlarge"));
    }
}
