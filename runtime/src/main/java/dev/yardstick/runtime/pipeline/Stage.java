package dev.yardstick.runtime.pipeline;

/**
 * One step of the pipeline: a small function from a batch to a batch. Stages run in a fixed order
 * (tagging, environment, sanitize, cardinality guard) and may keep state for the duration of one run.
 */
@FunctionalInterface
public interface Stage {

    /**
     * Transforms a batch.
     *
     * @param batch the incoming points
     * @return the outgoing points
     */
    Batch apply(Batch batch);
}
