package dev.yardstick.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkHeaderTest {
    private static final URI BASE = URI.create("https://api.github.com/repos/o/r/pulls?page=1");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "<https://api.github.com/x?page=2>; rel=\"next\", <https://api.github.com/x?page=9>; rel=\"last\" | https://api.github.com/x?page=2",
        "<https://api.github.com/x?page=1>; rel=\"prev\", <https://api.github.com/x?page=3>; rel=\"next\" | https://api.github.com/x?page=3",
        "<https://api.github.com/x?page=1>; rel=\"first\", <https://api.github.com/x?page=1>; rel=\"prev\" | none",
        "</repos/o/r/pulls?page=2>; rel=next | https://api.github.com/repos/o/r/pulls?page=2",
        "<https://api.github.com/x?a=1,2&page=2>; rel=\"prev next\" | https://api.github.com/x?a=1,2&page=2",
        "garbage | none"})
    void findsOnlyTheNextTarget(String header, String expected) {
        assertEquals(Optional.ofNullable(expected).map(URI::create), LinkHeader.next(header, BASE));
    }
}
