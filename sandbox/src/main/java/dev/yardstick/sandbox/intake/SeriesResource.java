package dev.yardstick.sandbox.intake;

import java.util.Objects;

/**
 * One resource of an accepted v2 series, for example {@code {name: "web-1", type: "host"}}.
 *
 * @param name the resource name
 * @param type the resource type
 */
public record SeriesResource(String name, String type) {

    public SeriesResource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
