package dev.yardstick.sandbox.intake;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one payload, each prefixed with the JSON path of the offending field; capped. */
final class Problems {

    private static final int MAX_REPORTED = 20;

    private final List<String> messages = new ArrayList<>();
    private int count;

    void add(String path, String message) {
        count++;
        if (messages.size() < MAX_REPORTED) {
            messages.add(path + ": " + message);
        }
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    List<String> messages() {
        List<String> all = new ArrayList<>(messages);
        if (count > messages.size()) {
            all.add("... and " + (count - messages.size()) + " more problems");
        }
        return List.copyOf(all);
    }
}
