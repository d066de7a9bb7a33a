/**
 * Secret references ({@code secret:env:NAME}, {@code secret:file:PATH}, {@code secret:aws:NAME[#field]}),
 * resolved once per process, and the {@link dev.yardstick.runtime.secrets.Redactor} that keeps their values out
 * of logs, exceptions and {@code config show}.
 */
package dev.yardstick.runtime.secrets;
