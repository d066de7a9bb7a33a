package dev.yardstick.api.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TagsTest {

    static Stream<Arguments> rendering() {
        return Stream.of(
                Arguments.of("sorted by key", Tags.of("z", "1", "a", "2"), "a:2,z:1"),
                Arguments.of("an empty value renders the key alone", Tags.of("flag", ""), "flag"),
                Arguments.of("a later value replaces an earlier one", Tags.of("k", "1").and("k", "2"), "k:2"),
                Arguments.of("merging: the argument wins", Tags.of("a", "1", "b", "1").and(Tags.of("b", "2")),
                        "a:1,b:2"),
                Arguments.of("parse splits at the first colon", Tags.parse(List.of("url:http://x", "solo")),
                        "solo,url:http://x"),
                Arguments.of("without removes a key", Tags.of("a", "1", "b", "2").without("a"), "b:2"),
                Arguments.of("from a map", Tags.of(Map.of("y", "1", "x", "2")), "x:2,y:1"),
                Arguments.of("a repeated key in Tags.of: the last value wins", Tags.of("k", "1", "a", "", "k", "2"),
                        "a,k:2"),
                Arguments.of("a repeated key in parse: the last value wins", Tags.parse(List.of("k:1", "k:2", "b")),
                        "b,k:2"),
                Arguments.of("merging interleaved keys", Tags.of("b", "1", "d", "1", "f", "1")
                        .and(Tags.of("a", "2", "d", "2", "g", "2")), "a:2,b:1,d:2,f:1,g:2"),
                Arguments.of("merging into empty tags", Tags.empty().and(Tags.of("a", "1")), "a:1"),
                Arguments.of("adding a key before every other", Tags.of("m", "1").and("a", "2"), "a:2,m:1"),
                Arguments.of("adding a key after every other", Tags.of("m", "1").and("z", "2"), "m:1,z:2"),
                Arguments.of("without the last key", Tags.of("a", "1", "b", "2").without("b"), "a:1"),
                Arguments.of("more tags than the insertion sort takes",
                        Tags.of(IntStream.range(0, 40).map(i -> 39 - i % 20).mapToObj(i -> "k" + (100 + i))
                                .flatMap(key -> Stream.of(key, key.substring(1))).toArray(String[]::new)),
                        IntStream.range(0, 20).mapToObj(i -> "k" + (120 + i) + ":" + (120 + i))
                                .collect(Collectors.joining(","))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rendering")
    void renders(String name, Tags tags, String expected) {
        assertEquals(expected, tags.toString());
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), tags.rendered());
    }

    @Test
    void areValuesEqualByContent() {
        assertEquals(Tags.of("a", "1", "b", "2"), Tags.of("b", "2", "a", "1"));
        assertEquals(Tags.of("a", "1").hashCode(), Tags.of(Map.of("a", "1")).hashCode());
        assertEquals(Optional.of("1"), Tags.of("a", "1").get("a"));
        assertEquals(Optional.empty(), Tags.of("a", "1").get("b"));
    }

    @Test
    void areImmutable() {
        Tags base = Tags.of("a", "1");
        Tags more = base.and("b", "2");
        assertNotSame(base, more);
        assertEquals(1, base.size());
        assertSame(base, base.without("missing"));
        assertSame(base, base.and(Tags.empty()));
        assertThrows(UnsupportedOperationException.class, () -> base.asMap().put("c", "3"));
        assertThrows(UnsupportedOperationException.class, () -> base.rendered().add("c:3"));
        assertSame(base, base.and("a", "1"), "the same value for a held key changes nothing");
        assertSame(base.rendered(), base.rendered(), "rendered once");
    }

    @Test
    void mergesLikeAMapWhoseLaterPutsWin() {
        List<String> keys = List.of("a", "b", "c", "d", "e");
        for (int mine = 0; mine < 32; mine++) {
            for (int theirs = 0; theirs < 32; theirs++) {
                Map<String, String> left = subset(keys, mine, "1");
                Map<String, String> right = subset(keys, theirs, "2");
                Map<String, String> expected = new TreeMap<>(left);
                expected.putAll(right);
                Tags merged = Tags.of(left).and(Tags.of(right));
                assertEquals(expected, merged.asMap(), left + " and " + right);
                assertEquals(Tags.of(expected), merged);
                assertEquals(Tags.of(expected).hashCode(), merged.hashCode());
            }
        }
    }

    @Test
    void readsByPositionInKeyOrder() {
        Tags tags = Tags.of("zone", "b", "host", "", "env", "prod");
        assertEquals(List.of("env", "host", "zone"), IntStream.range(0, tags.size()).mapToObj(tags::keyAt).toList());
        assertEquals(List.of("prod", "", "b"), IntStream.range(0, tags.size()).mapToObj(tags::valueAt).toList());
        assertThrows(IndexOutOfBoundsException.class, () -> tags.keyAt(3));
    }

    @Test
    void differInValueOrKey() {
        assertNotEquals(Tags.of("a", "1"), Tags.of("a", "2"));
        assertNotEquals(Tags.of("a", "1"), Tags.of("b", "1"));
        assertNotEquals(Tags.of("a", "1"), Tags.of("a", "1", "b", ""));
        Tags hashed = Tags.of("a", "1");
        hashed.hashCode();
        assertNotEquals(hashed, Tags.of("a", "2"));
    }

    private static Map<String, String> subset(List<String> keys, int mask, String value) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                map.put(keys.get(i), value + keys.get(i));
            }
        }
        return map;
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("odd number of strings", (Runnable) () -> Tags.of("a")),
                Arguments.of("blank key", (Runnable) () -> Tags.of(" ", "v")),
                Arguments.of("null value", (Runnable) () -> Tags.of("k", null)),
                Arguments.of("blank key added", (Runnable) () -> Tags.empty().and("", "v")),
                Arguments.of("blank key parsed", (Runnable) () -> Tags.parse(List.of(":v"))),
                Arguments.of("null key in a map", (Runnable) () -> Tags.of(Collections.singletonMap(null, "v"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsBadInput(String name, Runnable build) {
        assertThrows(RuntimeException.class, build::run);
    }
}
