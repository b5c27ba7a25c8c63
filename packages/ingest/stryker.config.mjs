import { strykerConfig } from '../../stryker.shared.mjs';

export default strykerConfig('ingest', ['src/budget.ts', 'src/creators/freshness.ts', 'src/fetch-loop/landing-buffer.ts']);
