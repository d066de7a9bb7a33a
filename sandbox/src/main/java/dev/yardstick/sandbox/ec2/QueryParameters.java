package dev.yardstick.sandbox.ec2;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The form-encoded parameters of an AWS Query request ({@code Action=…&Version=…&Name.1=…}). */
final class QueryParameters {
    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    static QueryParameters parse(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            values.put(decode(parts[0]), parts.length == 2 ? decode(parts[1]) : "");
        }
        return new QueryParameters(values);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The members of a flattened list: {@code Name.1}, {@code Name.2}, … */
    List<String> list(String name) {
        List<String> members = new ArrayList<>();
        for (int i = 1; values.containsKey(name + "." + i); i++) {
            members.add(values.get(name + "." + i));
        }
        return members;
    }

    /** The {@code Filter.N.Name} / {@code Filter.N.Value.M} filters by name. */
    Map<String, List<String>> filters() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (int i = 1; values.containsKey("Filter." + i + ".Name"); i++) {
            filters.put(values.get("Filter." + i + ".Name"), list("Filter." + i + ".Value"));
        }
        return filters;
    }

    Optional<Integer> integer(String name) throws Ec2Error {
        Optional<String> text = get(name);
        try {
            return text.map(Integer::parseInt);
        } catch (NumberFormatException e) {
            throw Ec2Error.invalidParameter("Invalid value '" + text.get() + "' for " + name);
        }
    }

    Optional<Instant> instant(String name) throws Ec2Error {
        Optional<String> text = get(name);
        try {
            return text.map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw Ec2Error.invalidParameter("Invalid value '" + text.get() + "' for " + name);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
