/**
 * @module
 * Unit-test setup (vite.config.ts `setupFiles` of the unit project): Testing Library's `findBy*`
 * and `waitFor` wait up to 10 s instead of 1 s. They return as soon as the element is there, so
 * a quiet machine is not slowed; a loaded 2-core CI machine running the e2e project beside them
 * needed more than a second for some lazy screens to render.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
