/** A simulated Datadog dashboards and monitors API (v1) for push, plan and pull tests. */
package dev.yardstick.sandbox.datadogapi;
