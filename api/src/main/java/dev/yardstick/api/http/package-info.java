/**
 * The HTTP service the host offers REST collectors ({@link dev.yardstick.api.http.HttpService}) and its
 * request and response values.
 */
package dev.yardstick.api.http;
