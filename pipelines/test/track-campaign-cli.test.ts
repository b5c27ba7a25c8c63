import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byEndpoint, startWireServer, vendorError } from '@creator-audit/providers/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-track-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('track-campaign exit codes', () => {
  it('exits 1 when every page of the scan is refused, so a scheduled daily scan cannot fail silently', async () => {
    const key = 'sk-scavio-campaign-refused';
    const server = await startWireServer({
      scavio: { apiKey: key, backend: byEndpoint({ 'hashtag/videos': () => vendorError(400, 'hashtag is not valid') }) },
    });
    try {
      const env = { SCAVIO_API_KEY: key, SCAVIO_BASE_URL: server.scavioBaseUrl };
      const res = await runCli(['track-campaign', '--hashtag', 'summersale', '--provider', 'scavio', '--db', join(dir, 'w.duckdb')], env);
      expect(res.code).toBe(1);
      expect(res.stdout).toContain('#summersale: the scan brought no snapshot (bad_request');
      expect(res.stderr).toContain('no snapshot because the scan failed: #summersale');
    } finally {
      await server.close();
    }
  });
});
