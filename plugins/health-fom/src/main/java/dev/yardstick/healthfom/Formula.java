package dev.yardstick.healthfom;

import dev.yardstick.api.config.CollectorConfig;

/**
 * A figure-of-merit formula: maps one finite input value to a score in [0, 1]. Every result is clamped, so a
 * score never leaves the unit interval whatever its thresholds.
 */
sealed interface Formula {

    /**
     * Applies the formula.
     *
     * @param x the input value, finite
     * @return the score in [0, 1]
     */
    double score(double x);

    /** {@code clamp(v) = max(0, min(1, v))}. */
    static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }

    /** 1 when {@code x > threshold}, else 0: "the latest run passed". */
    record Step(double threshold) implements Formula {
        @Override
        public double score(double x) {
            return x > threshold ? 1.0 : 0.0;
        }
    }

    /** {@code max(1 − x/limit, 0)}: a count that is bad from {@code limit} on. */
    record Decreasing(double limit) implements Formula {
        @Override
        public double score(double x) {
            return clamp(1.0 - x / limit);
        }
    }

    /** {@code clamp(1 − (x − good)/(bad − good))}: 1 up to {@code good}, 0 from {@code bad}, linear between. */
    record Ramp(double good, double bad) implements Formula {
        @Override
        public double score(double x) {
            return clamp(1.0 - (x - good) / (bad - good));
        }
    }

    /** {@code min(x/target, 1)}: a count that is good from {@code target} on. */
    record Increasing(double target) implements Formula {
        @Override
        public double score(double x) {
            return clamp(x / target);
        }
    }

    /** An accuracy given either as a fraction or, above {@code percentAbove}, as a percentage. */
    record Accuracy(double percentAbove) implements Formula {
        @Override
        public double score(double x) {
            return x > percentAbove ? clamp(x / 100.0) : clamp(x);
        }
    }

    /**
     * A run duration: too short scores {@code shortScore} (the run probably did not train), up to
     * {@code goodUpTo} hours scores 1, then falls linearly to 0 at {@code badAt}.
     */
    record Duration(double shortBelow, double shortScore, double goodUpTo, double badAt) implements Formula {
        @Override
        public double score(double x) {
            if (x < shortBelow) {
                return clamp(shortScore);
            }
            return x <= goodUpTo ? 1.0 : clamp(1.0 - (x - goodUpTo) / (badAt - goodUpTo));
        }
    }

    /** The shapes a score's formula can take, each read from the score's settings block. */
    enum Shape {
        STEP {
            @Override
            Formula read(CollectorConfig block) {
                return new Step(block.getDouble("threshold"));
            }
        },
        DECREASING {
            @Override
            Formula read(CollectorConfig block) {
                return new Decreasing(positive(block, "limit"));
            }
        },
        RAMP {
            @Override
            Formula read(CollectorConfig block) {
                double good = block.getDouble("good");
                double bad = block.getDouble("bad");
                if (!(bad > good)) {
                    throw block.invalid("bad", "must be greater than good (" + good + ")");
                }
                return new Ramp(good, bad);
            }
        },
        INCREASING {
            @Override
            Formula read(CollectorConfig block) {
                return new Increasing(positive(block, "target"));
            }
        },
        ACCURACY {
            @Override
            Formula read(CollectorConfig block) {
                return new Accuracy(block.getDouble("percent-above"));
            }
        },
        DURATION {
            @Override
            Formula read(CollectorConfig block) {
                double shortBelow = block.getDouble("short-below");
                double shortScore = block.getDouble("short-score");
                double goodUpTo = block.getDouble("good-up-to");
                double badAt = block.getDouble("bad-at");
                if (shortScore < 0 || shortScore > 1) {
                    throw block.invalid("short-score", "must be between 0 and 1");
                }
                if (!(goodUpTo >= shortBelow)) {
                    throw block.invalid("good-up-to", "must not be below short-below (" + shortBelow + ")");
                }
                if (!(badAt > goodUpTo)) {
                    throw block.invalid("bad-at", "must be greater than good-up-to (" + goodUpTo + ")");
                }
                return new Duration(shortBelow, shortScore, goodUpTo, badAt);
            }
        };

        /**
         * Reads the formula's thresholds.
         *
         * @param block the score's settings block
         * @return the formula
         * @throws dev.yardstick.api.config.ConfigurationException naming the invalid key
         */
        abstract Formula read(CollectorConfig block);

        private static double positive(CollectorConfig block, String key) {
            double value = block.getDouble(key);
            if (!(value > 0) || Double.isInfinite(value)) {
                throw block.invalid(key, "must be a positive number");
            }
            return value;
        }
    }
}
