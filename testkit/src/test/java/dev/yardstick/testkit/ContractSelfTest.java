package dev.yardstick.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.testkit.sample.SampleCollectorFactory;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The contract itself: it must fail a collector that emits nothing for a fixture that holds data. */
class ContractSelfTest {

    private static CollectorContractTest contract(String settings, boolean declaredEmpty) {
        return new CollectorContractTest() {
            @Override
            protected CollectorFactory factory() {
                return new SampleCollectorFactory();
            }

            @Override
            protected String testSettings() {
                return settings;
            }

            @Override
            protected FakeCollectorContext context(SecretResolver secrets) {
                return FakeCollectorContext.builder().secrets(secrets).build();
            }

            @Override
            protected boolean fixtureIsEmpty() {
                return declaredEmpty;
            }
        };
    }

    @Test
    void aCollectorEmittingNothingForANonEmptyFixtureFailsTheContract() {
        assertThrows(AssertionFailedError.class, () -> contract("greeting = \"\"", false)
                .emitsPointsForANonEmptyFixture());
    }

    @Test
    void aDeclaredEmptyFixtureMayYieldNothingButNotSomething() {
        assertDoesNotThrow(() -> contract("greeting = \"\"", true).emitsPointsForANonEmptyFixture());
        assertThrows(AssertionFailedError.class, () -> contract("greeting = hi", true)
                .emitsPointsForANonEmptyFixture());
    }
}
