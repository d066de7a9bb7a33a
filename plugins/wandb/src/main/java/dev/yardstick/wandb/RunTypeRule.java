package dev.yardstick.wandb;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * One entry of {@code run-types}: runs whose label contains a match of {@code match} get the {@code run_type}
 * tag {@code type}.
 *
 * @param type the tag value
 * @param match the regular expression, searched anywhere in the label ({@code find})
 */
record RunTypeRule(String type, Pattern match) {
    /** The type of runs no rule matches. */
    static final String OTHER = "other";

    RunTypeRule {
        requireNonNull(type, "type is null");
        requireNonNull(match, "match is null");
    }
}
