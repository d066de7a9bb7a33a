package dev.yardstick.runtime.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.runtime.http.CredentialHeaders;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlUserInfoTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://user:pw12@proxy.example:3128/x       | https://[REDACTED]@proxy.example:3128/x",
        "http://token@host/                           | http://[REDACTED]@host/",
        "http://u:p@ss@host/a?b=c                     | http://[REDACTED]@host/a?b=c",
        "see socks5://a:b@h and ftp://c:d@i, done     | see socks5://[REDACTED]@h and ftp://[REDACTED]@i, done",
        "mail me at someone@example.com               | mail me at someone@example.com",
        "https://host/path/user@example.com           | https://host/path/user@example.com",
        "https://host?next=a@b                        | https://host?next=a@b",
        "no urls here                                 | no urls here",
    })
    void userInfoIsRedactedAndNothingElse(String text, String expected) {
        assertEquals(expected, UrlUserInfo.redact(text));
    }

    @Test
    void passwordsAreFoundAsWrittenAndDecoded() {
        assertEquals(Set.of("p%40ss+1", "p@ss+1"), UrlUserInfo.passwords("x https://user:p%40ss+1@h/ y"));
        assertEquals(Set.of(), UrlUserInfo.passwords("https://only-user@h/"));
    }

    @Test
    void theHttpServiceLogLineHidesUserInfoAndCredentialParameters() {
        assertEquals("https://[REDACTED]@api.example/v1?api_key=[REDACTED]&page=2",
                CredentialHeaders.redactedUrl("https://me:secret-pw@api.example/v1?api_key=k123&page=2"));
    }
}
