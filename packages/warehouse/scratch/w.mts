import { LakeWriter } from '../src/lake/lake-writer.ts';
import { batchOf, landedJob } from '../test/lake-rows.ts';
const w = await LakeWriter.create('/tmp/lakebench', 'x' + Date.now());
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  await w.write(batchOf(landedJob('r', 'a' + i, new Date('2026-06-01T10:00:00Z'), 7), landedJob('r', 'b' + i, new Date('2026-06-01T10:00:00Z'), 7)));
  console.log((performance.now() - t).toFixed(1));
}
w.close();
