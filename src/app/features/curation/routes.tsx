/**
 * @module
 * Curation routes: being built (issue "Console III"); replaced by the curation feature.
 */
import type { RouteObject } from 'react-router';

export const curationRoutes: RouteObject[] = [{ index: true, element: <p>Curation is being built.</p> }];
