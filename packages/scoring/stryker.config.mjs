import { strykerConfig } from '../../stryker.shared.mjs';

export default strykerConfig('scoring', ['src/seed-v1/reference.ts']);
