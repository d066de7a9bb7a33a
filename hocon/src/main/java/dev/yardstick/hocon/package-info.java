/**
 * The HOCON side of the SPI's configuration: {@link dev.yardstick.hocon.HoconCollectorConfig} implements
 * {@link dev.yardstick.api.config.CollectorConfig} over typesafe-config for the runtime and the testkit alike,
 * with {@link dev.yardstick.hocon.Origins} rendering where a value came from and
 * {@link dev.yardstick.hocon.SecretKeys} telling which keys hold secrets.
 */
package dev.yardstick.hocon;
