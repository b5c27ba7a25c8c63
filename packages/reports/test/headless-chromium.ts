import chromium from '@sparticuz/chromium';
import { type Browser, chromium as playwright } from 'playwright-core';

/**
 * Flags of @sparticuz/chromium's serverless defaults that would weaken what the XSS tests prove: a page that
 * loaded with the same-origin policy or mixed-content blocking turned off could pass for the wrong reason.
 */
const WEAKENING = new Set(['--disable-web-security', '--allow-running-insecure-content']);

/** Nothing on the network: no update check, no telemetry, no QUIC probe (the tests also assert no request left). */
const OFFLINE = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/**
 * Headless Chromium from the @sparticuz/chromium npm package (its binary ships inside the package and unpacks to
 * the temp dir on first use), driven by playwright-core: `npm ci` is all a machine needs, no system browser.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await chromium.executablePath();
  const args = [...chromium.args.filter((arg) => !WEAKENING.has(arg)), ...OFFLINE];
  try {
    return await playwright.launch({ executablePath, args, headless: true });
  } catch (error) {
    // The one thing npm cannot bring: the system's NSS, which this Chromium links against.
    const library = /error while loading shared libraries: ([^:\s]+)/.exec((error as Error).message)?.[1];
    if (library) throw new Error(`headless Chromium needs the system library ${library}: run \`apt-get install -y libnss3\` (as root)`, { cause: error });
    throw error;
  }
}
