import { strykerConfig } from '../../stryker.shared.mjs';

export default strykerConfig('providers', ['src/http-transport.ts', 'src/paging.ts', 'src/counts.ts', 'src/classify.ts']);
