/**
 * @module
 * The audit pages in one download (one dynamic import keeps the first download's preload
 * table short): the admin overview and the access review.
 */
export { AccessReviewPage } from './access-page.tsx';
export { OverviewPage } from './overview-page.tsx';
