/**
 * The Yardstick plugin SPI. A collector plugin implements {@link dev.yardstick.api.CollectorFactory} and
 * {@link dev.yardstick.api.Collector}, registers the factory in {@code META-INF/services}, and depends on this
 * module only, with {@code provided} scope. Everything here depends on the JDK alone.
 */
package dev.yardstick.api;
