package dev.yardstick.healthfom;

/** The two families of scores: each reads one collector type and keeps one series per value of one tag. */
enum ScoreGroup {
    /** CI scores from the github collector, one series per repository. */
    CI("github", "repo"),
    /** Training scores from the wandb collector, one series per W&B instance (entity/project). */
    TRAINING("wandb", "project");

    private final String dependency;
    private final String tagKey;

    ScoreGroup(String dependency, String tagKey) {
        this.dependency = dependency;
        this.tagKey = tagKey;
    }

    /** The collector type the inputs come from. */
    String dependency() {
        return dependency;
    }

    /** The tag whose values are the series: {@code repo} or {@code project}. */
    String tagKey() {
        return tagKey;
    }
}
