package dev.yardstick.runtime.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Suggests the valid key nearest to a misspelt one, by Levenshtein edit distance.
 */
public final class KeySuggester {

    private KeySuggester() {
    }

    /**
     * Finds the nearest valid key, if it is close enough to be a plausible typo.
     *
     * @param unknown the key the user wrote
     * @param valid the keys valid at that place
     * @return the suggestion, empty when nothing is close
     */
    public static Optional<String> nearest(String unknown, Collection<String> valid) {
        int limit = Math.max(2, unknown.length() / 3);
        return valid.stream()
                .filter(candidate -> distance(unknown, candidate) <= limit)
                .min(Comparator.<String>comparingInt(candidate -> distance(unknown, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /**
     * Computes the Levenshtein distance: insertions, deletions and substitutions needed to turn one into the other.
     *
     * @param a one string
     * @param b the other
     * @return the distance
     */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
