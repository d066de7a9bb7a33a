/**
 * Start-up: configuration loading, validation and the collector instances.
 *
 * <p>{@link dev.yardstick.runtime.config.RuntimeBootstrap#start} is the entry point. Decisions worth knowing:
 * <ul>
 *   <li>Layers, highest first: {@code --set} flags, {@code -D yardstick.*} system properties, {@code --config
 *       FILE}, {@code config/application.conf}, each plugin jar's own {@code reference.conf}, the class path
 *       {@code reference.conf} files (the runtime's and the built-in plugins'). {@code --set} and {@code -D}
 *       values follow one rule: starting with {@code [}, {@code {} or {@code "} means HOCON, anything else is
 *       a plain string that typesafe converts where a number, boolean or duration is needed.</li>
 *   <li>Only the {@code yardstick} tree is validated; other roots are left to their owners.</li>
 *   <li>An instance block is the user's block over the plugin's {@code yardstick.collectors.<type>} block over
 *       the effective {@code yardstick.collector-defaults}; it is validated against the reference versions of
 *       the latter two. {@code tags} and {@code yardstick.pipeline.tags} are free-form.</li>
 *   <li>A sink is validated against the reference sink of the same name, else the reference sink of the same
 *       {@code type} (datadog, jsonl, console).</li>
 *   <li>Every {@code secret:} string under {@code yardstick} is resolved at start-up, except inside blocks
 *       that say {@code enabled = false} (a disabled collector or sink does not need its secrets).</li>
 *   <li>Problems are gathered and reported together: discovery problems first, then the rest in file and
 *       line order.</li>
 * </ul>
 */
package dev.yardstick.runtime.config;
