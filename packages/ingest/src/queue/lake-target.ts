import type { LakeFile, LakeWriter } from '@creator-audit/warehouse';
import type { LandingTarget } from '../fetch-loop/landing-target.ts';

/** The lake as a landing target: a batch becomes one Parquet file per table and snapshot date. */
export function lakeTarget(writer: LakeWriter, onWritten?: (files: LakeFile[]) => void): LandingTarget {
  return {
    write: async (batch) => {
      const files = await writer.write(batch);
      onWritten?.(files);
    },
  };
}
