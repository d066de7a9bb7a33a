/**
 * Configuration as a collector sees it: its own block ({@link dev.yardstick.api.config.CollectorConfig}),
 * redacted secrets ({@link dev.yardstick.api.config.Secret}) and the errors that name where a bad value came from.
 */
package dev.yardstick.api.config;
