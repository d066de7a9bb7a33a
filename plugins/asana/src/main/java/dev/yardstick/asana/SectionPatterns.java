package dev.yardstick.asana;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The patterns that sort open bugs by the name of their section in the bugs project, checked in the order triage,
 * active, backlog; the first one found in the name wins.
 *
 * @param triage counted by {@code asana.projects.bugs.triage_count}
 * @param active counted by {@code asana.projects.bugs.active_count}
 * @param backlog counted by {@code asana.projects.bugs.backlog_count}
 */
public record SectionPatterns(Pattern triage, Pattern active, Pattern backlog) {

    /** Validates the components. */
    public SectionPatterns {
        requireNonNull(triage, "triage is null");
        requireNonNull(active, "active is null");
        requireNonNull(backlog, "backlog is null");
    }

    /** Where an open bug is counted. */
    public enum Category {
        /** {@code asana.projects.bugs.triage_count} */
        TRIAGE,
        /** {@code asana.projects.bugs.active_count} */
        ACTIVE,
        /** {@code asana.projects.bugs.backlog_count} */
        BACKLOG,
        /** {@code asana.projects.bugs.other_count} */
        OTHER
    }

    /**
     * Sorts a section name.
     *
     * @param sectionName the name of the bug's section in the bugs project, empty when it is in none
     * @return the first category whose pattern is found in the name, else {@link Category#OTHER}
     */
    public Category classify(Optional<String> sectionName) {
        if (sectionName.isEmpty()) {
            return Category.OTHER;
        }
        String name = sectionName.get();
        if (triage.matcher(name).find()) {
            return Category.TRIAGE;
        }
        if (active.matcher(name).find()) {
            return Category.ACTIVE;
        }
        return backlog.matcher(name).find() ? Category.BACKLOG : Category.OTHER;
    }
}
