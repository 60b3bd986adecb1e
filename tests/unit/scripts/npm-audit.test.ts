import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyAudit, runNpmAudit } from '../../../scripts/npm-audit.mjs';

const root = path.resolve(import.meta.dirname, '../../..');

/** An npm audit v2 report (the shape `npm audit --json` prints) with the given counts. */
function report(counts: Record<string, number>, vulnerable: Record<string, string> = {}): string {
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(
      Object.entries(vulnerable).map(([name, severity]) => [name, { name, severity, via: [] }]),
    ),
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts },
      dependencies: { prod: 40, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 40 },
    },
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('npm audit --omit=dev as a test step', () => {
  const temps: string[] = [];
  const servers: Server[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('passes with no high or critical advisory, and fails naming each one', () => {
    expect(classifyAudit(report({ moderate: 2, low: 1 }))).toEqual({
      outcome: 'passed',
      line: 'npm audit --omit=dev: 0 critical, 0 high, 2 moderate, 1 low',
    });
    const failed = classifyAudit(
      report({ high: 1, critical: 1 }, { exceljs: 'high', tar: 'critical', ms: 'low' }),
    );
    expect(failed.outcome).toBe('failed');
    expect(failed.line).toBe(
      'npm audit --omit=dev: 1 critical, 1 high, 0 moderate, 0 low: exceljs (high), tar (critical)',
    );
  });

  it('is skipped, not passed, where the advisory endpoint answers 405 (as the registry here does)', async () => {
    // A local registry that refuses the bulk advisory POST the way the one on this machine does.
    const server = createServer((request, response) => {
      response.writeHead(405, { allow: 'GET,HEAD', 'content-length': '0' });
      response.end();
    });
    servers.push(server);
    const registry = await listen(server);
    const result = await runNpmAudit(root, [`--registry=${registry}`, '--fetch-retries=0']);
    expect(result.outcome).toBe('skipped');
    expect(result.line).toMatch(
      /^npm audit skipped: the registry's advisory endpoint answered 405 Method Not Allowed - POST http:\/\/127\.0\.0\.1:\d+\/-\/npm\/v1\/security\/advisories\/bulk; nothing was audited$/,
    );
  });

  it('is skipped where the registry cannot be reached at all', async () => {
    const server = createServer();
    const registry = await listen(server);
    await new Promise((resolve) => server.close(resolve)); // the port is now closed
    const result = await runNpmAudit(root, [`--registry=${registry}`, '--fetch-retries=0']);
    expect(result).toEqual({
      outcome: 'skipped',
      line: 'npm audit skipped: the registry could not be reached (ECONNREFUSED); nothing was audited',
    });
  });

  it('fails when it cannot audit for a reason of ours (no lockfile)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'etom-audit-'));
    temps.push(dir);
    await writeFile(path.join(dir, 'package.json'), '{ "name": "x", "version": "1.0.0" }\n');
    const result = await runNpmAudit(dir, ['--registry=http://127.0.0.1:9/']);
    expect(result.outcome).toBe('failed');
    expect(result.line).toMatch(/^npm audit could not run: .*lockfile/);
    expect(classifyAudit('npm ERR! not json').outcome).toBe('failed');
  });
});
