import { strykerConfig } from '../../stryker.shared.mjs';

export default strykerConfig('reports', ['src/html/escape.ts']);
