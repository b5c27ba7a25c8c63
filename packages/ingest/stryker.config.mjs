import { strykerConfig } from '../../stryker.shared.mjs';

export default strykerConfig('ingest', ['src/budget.ts', 'src/freshness.ts', 'src/landing.ts']);
