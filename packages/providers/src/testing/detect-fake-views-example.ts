import { readFileSync } from 'node:fs';

/**
 * TikHub's own example answer to `detect_fake_views` (seed 001, item 7460937381265411370), as its API
 * reference prints it: the envelope, and the report whose shape our analysis reproduces. Untyped, as a body off
 * the wire is: tests parse it with the contract's schema or read its figures as sent.
 */
export function detectFakeViewsExample() {
  return JSON.parse(readFileSync(new URL('./fixtures/detect-fake-views-example.json', import.meta.url), 'utf8'));
}
