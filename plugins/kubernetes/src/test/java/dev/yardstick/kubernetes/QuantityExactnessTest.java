package dev.yardstick.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every quantity form the API allows, read exactly: by fabric8's {@link Quantity} (what the collector uses) and by the
 * tests' own table-based parser (what the expectations use), both against the value worked out by hand.
 */
class QuantityExactnessTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "120000000n, 0.12",
        "1500000000n, 1.5",
        "50000u, 0.05",
        "500u, 0.0005",
        "5m, 0.005",
        "0.75, 0.75",
        "104857600, 104857600",
        "8000k, 8000000",
        "900M, 900000000",
        "0.9G, 900000000",
        "20480Ki, 20971520",
        "300Mi, 314572800",
        "0.5Gi, 536870912",
        "12Gi, 12884901888",
        "0.0009765625Ti, 1073741824",
        "35e-1, 3.5",
        "1e9, 1000000000",
        "129e-6, 0.000129",
        "0, 0"})
    void everySuffixIsExact(String text, BigDecimal expected) {
        assertEquals(0, expected.compareTo(new Quantity(text).getNumericalAmount()), "fabric8 reads " + text);
        assertEquals(0, expected.compareTo(ExpectedKubernetesMetrics.quantity(text)), "the tests read " + text);
    }
}
