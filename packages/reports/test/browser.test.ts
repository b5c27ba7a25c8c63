import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Warehouse } from '@creator-audit/warehouse';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHtmlReport } from '../src/html/html-report.ts';
import { campaignReport } from '../src/reports/campaign-report.ts';
import type { Report } from '../src/report.ts';
import { HOSTILE } from './chart-fixtures.ts';
import { landCampaign } from './campaign-warehouse.ts';
import { launchChromium } from './headless-chromium.ts';
import { hostileReport } from './report-fixtures.ts';

interface PageVisit {
  pwned: unknown;
  title: string;
  dialogs: string[];
  consoleErrors: string[];
  requests: string[];
  charts: { id: string; label: string | null; svgMarks: number; failed: boolean }[];
  cellTexts: string[];
}

describe('the HTML report in real headless Chromium, built from hostile text', () => {
  let dir: string;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'reports-browser-'));
    browser = await launchChromium();
    context = await browser.newContext();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a page from disk and reports what ran, what was asked of the network, and what was drawn. */
  async function visit(name: string, html: string): Promise<PageVisit> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const page = await context.newPage();
    const dialogs: string[] = [];
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-chart]')].every((el) => el.querySelector('svg') || el.classList.contains('chart-error')), undefined, {
      timeout: 20_000,
    });
    const result = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
      charts: [...document.querySelectorAll<HTMLElement>('[data-chart]')].map((el) => ({
        id: el.dataset.chart ?? '',
        label: el.closest('figure')?.getAttribute('aria-label') ?? null,
        svgMarks: el.querySelectorAll('svg g.mark-rect path, svg g.mark-symbol path, svg g.mark-line path, svg g.mark-rule line, svg g.mark-text text').length,
        failed: el.classList.contains('chart-error'),
      })),
      cellTexts: [...document.querySelectorAll('td')].map((td) => td.textContent ?? ''),
    }));
    await page.close();
    return { ...result, dialogs, consoleErrors, requests };
  }

  /** The same page with its Content-Security-Policy removed: escaping alone must hold. */
  const withoutCsp = (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');

  function expectNothingRan(v: PageVisit, fileName: string) {
    expect(v.pwned).toBeNull();
    expect(v.dialogs).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    // Only the file itself: no image, script or font was requested from anywhere.
    expect(v.requests).toEqual([pathToFileURL(join(dir, fileName)).href]);
  }

  it.each([
    ['with its CSP', (html: string) => html],
    ['without its CSP', withoutCsp],
  ])('hostile text everywhere (%s): no script runs, text shows as text, every chart draws SVG marks', async (label, variant) => {
    const report: Report = hostileReport();
    const html = variant(buildHtmlReport(report));
    if (label === 'without its CSP') expect(html).not.toContain('Content-Security-Policy');
    const name = `hostile-${label.replace(/\W+/g, '-')}`;
    const v = await visit(name, html);
    expectNothingRan(v, `${name}.html`);
    expect(v.title).toBe(report.title);
    for (const text of HOSTILE) expect(v.cellTexts).toContain(text);
    expect(v.charts.map((c) => c.id)).toEqual(report.charts.map((c) => c.id));
    // A chart title with a quote in it must stay inside its figure's aria-label, to the character.
    expect(v.charts.map((c) => c.label)).toEqual(report.charts.map((c) => c.title));
    for (const chart of v.charts) {
      expect(chart.failed, chart.id).toBe(false);
      expect(chart.svgMarks, chart.id).toBeGreaterThan(0);
    }
  }, 60_000);

  it('a campaign report over captions and handles landed in the warehouse: same guarantees', async () => {
    const warehouse = await Warehouse.open(':memory:');
    try {
      const at = new Date('2026-05-20T12:00:00Z');
      await landCampaign(warehouse, 'summersale', [
        { at, videos: HOSTILE.map((text, i) => ({ id: `v${i}`, author: text, caption: `win ${text}`, plays: 1000 * (i + 1), likes: 100 })) },
      ]);
      const report = await campaignReport(warehouse, 'summersale');
      const v = await visit('campaign', withoutCsp(buildHtmlReport(report)));
      expectNothingRan(v, 'campaign.html');
      for (const text of HOSTILE) expect(v.cellTexts).toContain(`win ${text}`);
      expect(v.charts.map((c) => [c.id, c.failed, c.svgMarks > 0])).toEqual([
        ['campaign-growth', false, true],
        ['campaign-leaderboard', false, true],
      ]);
    } finally {
      warehouse.close();
    }
  }, 60_000);
});
