// @purpose Yardstick self-telemetry widgets: per collector success, duration, points, errors, timeouts;
// per sink sent, dropped, retries. Needs no collector plugin.
local fmt = import '../fmt.libsonnet';
local m = (import '../metrics.libsonnet').yardstick;
local p = import '../presets.libsonnet';
local q = import '../queries.libsonnet';
local t = (import '../thresholds.libsonnet').collectors;
local w = import '../widgets.libsonnet';

local fc = ['$env', '$collector'];
local byCollector(name, agg='avg') = q.metric(name, agg, fc, ['collector']);

{
  successRate:: w.queryValue('Collector Success Rate',
    q.metric(m.collector.success, 'avg', fc), { aggregator: 'avg', precision: 1, customUnit: '%', formulas: ['100 * query1'],
                                                conditionalFormats: p.higherIsBetter(100 * t.successRate) }),
  runDuration:: w.queryValue('Last Run Duration (s)', q.metric(m.run.durationSeconds, 'max', ['$env']), { aggregator: 'last', precision: 0 }),
  // A count across collectors: those reporting minus those whose latest run succeeded (success is 0 or 1).
  failing:: w.queryValue('Collectors Failing Now', q.metric(m.collector.success, 'min', fc, ['collector']),
    { aggregator: 'last', precision: 0, formulas: ['count_not_null(query1) - count_nonzero(query1)'],
      conditionalFormats: p.lowerIsBetter(0, 0) }),
  successTable:: w.queryTable('Per Collector',
    [byCollector(m.collector.success), byCollector(m.collector.durationSeconds, 'max'), byCollector(m.collector.points, 'avg'),
     q.q(q.asCount(byCollector(m.collector.errors, 'sum')), aggregator='sum'), byCollector(m.collector.timeout, 'max')],
    { formulas: [
        { formula: '100 * query1', alias: 'success %', conditional_formats: p.higherIsBetter(100 * t.successRate) },
        { formula: 'query2', alias: 'duration (s)', unit: 'second' },
        { formula: 'query3', alias: 'points' },
        { formula: 'query4', alias: 'errors' },
        { formula: 'query5', alias: 'timed out' },
      ] }),
  successTrend:: w.timeseries('Success by Collector', byCollector(m.collector.success, 'min'),
    { yaxis: { min: '0', max: '1', include_zero: true }, markers: [p.thresholdMarker(t.successRate, 'Target: ' + fmt.num(t.successRate))] }),
  durationTrend:: w.timeseries('Duration by Collector (s)', byCollector(m.collector.durationSeconds, 'max'),
    { markers: [p.thresholdMarker(t.durationSeconds, 'Timeout: ' + fmt.num(t.durationSeconds) + 's')],
      formulas: [{ formula: 'query1', unit: 'second' }] }),
  pointsTrend:: w.timeseries('Points by Collector', byCollector(m.collector.points), { displayType: 'bars' }),
  errorsByKind:: w.timeseries('Errors by Kind', q.asCount(q.metric(m.collector.errors, 'sum', fc, ['collector', 'kind'])),
                              { displayType: 'bars' }),
  timeouts:: w.timeseries('Timeouts by Collector', byCollector(m.collector.timeout, 'max'), { displayType: 'bars' }),
  sinkSent:: w.timeseries('Points Sent by Sink', q.asCount(q.metric(m.sink.pointsSent, 'sum', ['$env'], ['sink'])),
                          { displayType: 'bars', width: 4 }),
  sinkDropped:: w.timeseries('Points Dropped by Reason', q.asCount(q.metric(m.sink.pointsDropped, 'sum', ['$env'], ['sink', 'reason'])),
                             { displayType: 'bars', width: 4 }),
  sinkRetries:: w.timeseries('Sink Retries', q.asCount(q.metric(m.sink.retries, 'sum', ['$env'], ['sink'])),
                             { displayType: 'bars', width: 4 }),
  httpStatus:: w.timeseries('Upstream HTTP Requests by Status Class',
    q.asCount(q.metric(m.httpRequests, 'sum', fc, ['host', 'status_class'])), { displayType: 'bars', width: 12 }),
  monitors:: w.manageStatus('Yardstick Monitors', 'tag:managed-by:yardstick'),
}
