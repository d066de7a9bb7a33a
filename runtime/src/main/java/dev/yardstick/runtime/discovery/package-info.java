/**
 * Plugin discovery: {@code ServiceLoader} over {@code CollectorFactory} on the class path, and pf4j for the jars
 * and plugin zips of the plugins directory, each in its own class loader. A plain jar needs no pf4j descriptor;
 * pf4j zips are expanded into a directory beside the zip (so the plugins directory must be writable for zips).
 */
package dev.yardstick.runtime.discovery;
