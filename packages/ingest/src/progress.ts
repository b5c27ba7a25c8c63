import cliProgress from 'cli-progress';

/** Where long work reports how far it is. */
export interface ProgressSink {
  start(total: number, label: string): void;
  advance(outcome: string): void;
  stop(): void;
}

export const silentProgress: ProgressSink = { start() {}, advance() {}, stop() {} };

/**
 * A bar on a TTY, a plain line every few seconds otherwise (logs, CI). Always on stderr: stdout is for data.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr, everyMs = 5000): ProgressSink {
  const counts = new Map<string, number>();
  let started = 0;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{label} {bar} {value}/{total} | {rate}/s | {tally} | eta {eta_formatted}',
      noTTYOutput: true,
      notTTYSchedule: everyMs,
      hideCursor: true,
      etaBuffer: 100,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = () => ({
    rate: ((bar.getProgress() * bar.getTotal()) / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1),
    tally: [...counts].map(([k, v]) => `${k} ${v}`).join(', ') || 'starting',
  });
  return {
    start(total, label) {
      started = Date.now();
      bar.start(total, 0, { label, ...payload() });
    },
    advance(outcome) {
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      bar.increment(1, payload());
    },
    stop() {
      bar.update(payload());
      bar.stop();
    },
  };
}
