/**
 * The loopback simulator in a process of its own, so generating its bodies does not share an event loop
 * with the engine being measured. Prints `{"scavioBaseUrl": ...}` once listening; exits when stdin closes.
 */
import { startSimulatorServer } from './bench-kit.ts';

const server = await startSimulatorServer(Number(process.env.BENCH_LATENCY_MS ?? 0));
process.stdout.write(`${JSON.stringify({ scavioBaseUrl: server.scavioBaseUrl })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void server.close().then(() => process.exit(0));
});
