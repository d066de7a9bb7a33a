package dev.yardstick.api.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                Arguments.of("from a map", Tags.of(Map.of("y", "1", "x", "2")), "x:2,y:1"));
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
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("odd number of strings", (Runnable) () -> Tags.of("a")),
                Arguments.of("blank key", (Runnable) () -> Tags.of(" ", "v")),
                Arguments.of("null value", (Runnable) () -> Tags.of("k", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsBadInput(String name, Runnable build) {
        assertThrows(RuntimeException.class, build::run);
    }
}
