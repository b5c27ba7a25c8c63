import type { JupyterMessage } from './jupyter-wire.ts';

/** A cell output as nbformat 4 stores it. */
export type CellOutput =
  | { output_type: 'stream'; name: 'stdout' | 'stderr'; text: string }
  | { output_type: 'display_data'; data: Record<string, unknown>; metadata: Record<string, unknown> }
  | { output_type: 'execute_result'; execution_count: number | null; data: Record<string, unknown>; metadata: Record<string, unknown> }
  | { output_type: 'error'; ename: string; evalue: string; traceback: string[] };

/** A cell's outputs as they arrive on IOPub; `clear_output(wait=True)` clears at the next output, as Jupyter does. */
export interface OutputSink {
  outputs: CellOutput[];
  clearPending: boolean;
}

export const newSink = (): OutputSink => ({ outputs: [], clearPending: false });

/** Folds one IOPub message into the cell's outputs. Returns whether it was an output message. */
export function collectOutput(sink: OutputSink, message: JupyterMessage): boolean {
  const c = message.content;
  let output: CellOutput;
  switch (message.header.msg_type) {
    case 'stream':
      output = { output_type: 'stream', name: c.name === 'stderr' ? 'stderr' : 'stdout', text: String(c.text ?? '') };
      break;
    case 'display_data':
      output = { output_type: 'display_data', data: (c.data ?? {}) as Record<string, unknown>, metadata: (c.metadata ?? {}) as Record<string, unknown> };
      break;
    case 'execute_result':
      output = {
        output_type: 'execute_result',
        execution_count: typeof c.execution_count === 'number' ? c.execution_count : null,
        data: (c.data ?? {}) as Record<string, unknown>,
        metadata: (c.metadata ?? {}) as Record<string, unknown>,
      };
      break;
    case 'error':
      output = { output_type: 'error', ename: String(c.ename ?? ''), evalue: String(c.evalue ?? ''), traceback: (c.traceback ?? []) as string[] };
      break;
    case 'clear_output':
      if (c.wait === true) sink.clearPending = true;
      else sink.outputs.length = 0;
      return true;
    default:
      return false;
  }
  if (sink.clearPending) {
    sink.outputs.length = 0;
    sink.clearPending = false;
  }
  const last = sink.outputs.at(-1);
  // Consecutive writes to one stream are one output, as in the notebook file Jupyter writes.
  if (output.output_type === 'stream' && last?.output_type === 'stream' && last.name === output.name) last.text += output.text;
  else sink.outputs.push(output);
  return true;
}

/** Terminal colour codes some kernels put in tracebacks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what the pattern matches
export const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
