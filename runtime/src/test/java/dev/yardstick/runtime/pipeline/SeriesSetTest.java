package dev.yardstick.runtime.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.metric.Tags;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SeriesSetTest {

    static Stream<Arguments> differentTagSets() {
        return Stream.of(
                Arguments.of("a character moved from key to value", Tags.of("ab", "c"), Tags.of("a", "bc")),
                Arguments.of("a character moved between tags", Tags.of("a", "xy", "b", "z"), Tags.of("a", "x", "b", "yz")),
                Arguments.of("values swapped between keys", Tags.of("a", "1", "b", "2"), Tags.of("a", "2", "b", "1")),
                Arguments.of("a bare key and an empty set", Tags.of("a", ""), Tags.empty()),
                Arguments.of("equal hash codes, different lengths", Tags.of("k", ""), Tags.of("k", "\0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differentTagSets")
    void differentTagSetsHaveDifferentFingerprints(String name, Tags one, Tags other) {
        assertNotEquals(SeriesSet.fingerprint(one), SeriesSet.fingerprint(other));
    }

    @Test
    void stringsOfEqualLengthAndHashCodeShareAFingerprint() {
        // the accepted cost of not reading every character: such sets count as one series under the cap, which
        // lets a point through, never drops one ("ak" and "c-" are both valid Datadog tag values)
        assertEquals("ak".hashCode(), "c-".hashCode());
        assertEquals(SeriesSet.fingerprint(Tags.of("pod", "ak")), SeriesSet.fingerprint(Tags.of("pod", "c-")));
    }

    @Test
    void equalTagSetsHaveEqualFingerprints() {
        assertEquals(SeriesSet.fingerprint(Tags.of("a", "1", "b", "2")),
                SeriesSet.fingerprint(Tags.of("b", "2").and(Tags.of("a", "1"))));
    }

    @Test
    void countsEachDistinctTagSetOnceThroughGrowth() {
        SeriesSet set = new SeriesSet();
        Set<Long> expected = new HashSet<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 50_000; i++) {
                long fingerprint = SeriesSet.fingerprint(Tags.of("host", "host-" + i, "zone", "z" + (i % 3)));
                assertEquals(expected.add(fingerprint), set.add(fingerprint));
            }
        }
        assertEquals(50_000, set.size());
        assertEquals(expected.size(), set.size(), "no two of these tag sets share a fingerprint");
        assertTrue(set.contains(SeriesSet.fingerprint(Tags.of("host", "host-7", "zone", "z1"))));
        assertFalse(set.contains(SeriesSet.fingerprint(Tags.of("host", "host-7", "zone", "z2"))));
    }

    @Test
    void holdsTheFingerprintThatMarksAnEmptySlot() {
        SeriesSet set = new SeriesSet();
        for (long fingerprint : List.of(0L, 1L, -1L)) {
            assertFalse(set.contains(fingerprint));
            assertTrue(set.add(fingerprint));
            assertTrue(set.contains(fingerprint));
        }
    }
}
