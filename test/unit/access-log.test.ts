import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerpt, parseAccessLogLine } from '../../src/probe/access-log.js';

// The workshop's own line (Istio 1.10-era, the older shorter shape).
const WORKSHOP =
  '[2021-09-07T19:05:18.424Z] "GET / HTTP/1.1" 200 - "-" 0 1750 1 0 "10.130.4.1" "Go-http-client/1.1" "73f8aeb3-e1a6-97c0-8e1c-1d18eb050a66" "abz-vm.secure.private.mesh" "127.0.0.1:8888" inbound|8888|| 127.0.0.1:54652 10.0.93.162:8888 10.130.4.1:0 outbound_.80_._.backend-vm.abz-demo-secure.svc.cluster.local default';
// The 1.24+ shape (RESPONSE_CODE_DETAILS, CONNECTION_TERMINATION_DETAILS, transport failure).
const MODERN =
  '[2026-11-26T19:05:18.424Z] "POST /api/v1/cats?x=1 HTTP/2" 503 UF,URX upstream_reset_before_response_started{connection_failure} - "delayed_connect_error:_111" 12 91 3 - "-" "curl/8.0.1" "ivo-7d3e" "frontend.demo.svc.cluster.local:8080" "10.231.0.1:15443" outbound|8080||frontend.demo.svc.cluster.local - 127.0.0.2:8080 127.0.0.1:40112 - default';
const TCP =
  '[2026-11-26T19:06:00.000Z] "- - -" 0 - - - "-" 785 4219 49 - "-" "-" "-" "-" "10.231.0.1:15443" outbound|443||api.example.com 10.231.1.2:51234 127.0.0.2:443 127.0.0.1:51230 api.example.com -';

describe('parseAccessLogLine', () => {
  it('parses the workshop line (older shape)', () => {
    const e = parseAccessLogLine(WORKSHOP);
    assert.ok(e);
    assert.equal(e.method, 'GET');
    assert.equal(e.path, '/');
    assert.equal(e.protocol, 'HTTP/1.1');
    assert.equal(e.responseCode, 200);
    assert.equal(e.responseFlags, '');
    assert.equal(e.details, undefined);
    assert.equal(e.bytesSent, 1750);
    assert.equal(e.durationMs, 1);
    assert.equal(e.upstreamServiceTimeMs, 0);
    assert.equal(e.requestId, '73f8aeb3-e1a6-97c0-8e1c-1d18eb050a66');
    assert.equal(e.authority, 'abz-vm.secure.private.mesh');
    assert.equal(e.upstreamCluster, 'inbound|8888||');
    assert.equal(e.direction, 'inbound');
    assert.equal(e.downstreamLocalAddress, '10.0.93.162:8888');
    assert.equal(e.requestedServerName, 'outbound_.80_._.backend-vm.abz-demo-secure.svc.cluster.local');
    assert.equal(e.routeName, 'default');
  });
  it('parses the 1.24+ shape with details, flags and a failure', () => {
    const e = parseAccessLogLine(MODERN);
    assert.ok(e);
    assert.equal(e.responseCode, 503);
    assert.equal(e.responseFlags, 'UF,URX');
    assert.equal(e.details, 'upstream_reset_before_response_started{connection_failure}');
    assert.equal(e.upstreamServiceTimeMs, undefined);
    assert.equal(e.userAgent, 'curl/8.0.1');
    assert.equal(e.requestId, 'ivo-7d3e');
    assert.equal(e.upstreamCluster, 'outbound|8080||frontend.demo.svc.cluster.local');
    assert.equal(e.direction, 'outbound');
    assert.equal(e.upstreamLocalAddress, '');
  });
  it('parses a TCP line', () => {
    const e = parseAccessLogLine(TCP);
    assert.ok(e);
    assert.equal(e.tcp, true);
    assert.equal(e.method, '');
    assert.equal(e.responseCode, 0);
    assert.equal(e.bytesReceived, 785);
    assert.equal(e.requestedServerName, 'api.example.com');
    assert.equal(e.requestId, '');
  });
  it('returns undefined for agent logs and garbage', () => {
    for (const line of [
      '2026-11-26T19:05:18.424Z\tinfo\tEnvoy proxy is ready',
      '',
      '[2026-11-26T19:05:18.424Z] "GET / HTTP/1.1" 200',
      '[2026-11-26T19:05:18.424Z] "GET / HTTP/1.1 200 - "-" 0 1750',
      '[not a time] "GET / HTTP/1.1" 200 - "-" 0 1750 1 0 "a" "b" "c" "d" "e" f g h i j k',
      WORKSHOP.replace(' 1750 ', ' many '),
      WORKSHOP.replace('"Go-http-client/1.1"', 'Go-http-client/1.1'),
      '\u0000\u0001[[[""""',
    ]) {
      assert.equal(parseAccessLogLine(line), undefined, line);
    }
  });
});

describe('excerpt', () => {
  it('keeps only the lines with our request IDs, plus the last lines for context', () => {
    const lines = ['agent says hi', WORKSHOP, MODERN, TCP, ''];
    const x = excerpt(lines, ['ivo-7d3e', 'not-there'], 2);
    assert.deepEqual(
      x.ours.map((e) => e.requestId),
      ['ivo-7d3e'],
    );
    assert.deepEqual(x.context, [MODERN, TCP]);
  });
});
