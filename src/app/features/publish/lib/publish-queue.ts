/**
 * @module
 * The files being published to one registry: one row per dropped file with the state of each
 * step (inspect, verify, hosting, upload, registry add), in a small external store with the
 * AbortControllers of running steps. The registry's publish controller owns one
 * (publish-controller.ts); pre-flight reports are derived there, not stored here.
 */
import { RowQueue } from '../../../lib/row-queue.ts';
import type { InspectStep, UrlCheckState, VerifyStep } from '../../../lib/publishing/file-checks.ts';
import type { UploadStep } from '../../../lib/publishing/upload.ts';
import type { Outcome } from './outcome.ts';

export type AddStep =
  | { status: 'idle' }
  | { status: 'checking-urls' }
  | { status: 'registry'; startedAt: number; urls: string[] }
  | { status: 'done'; at: number; urls: string[]; outcome: Outcome }
  | { status: 'failed'; error: unknown; urls: string[] };

export interface PublishRow {
  id: number;
  file: File;
  inspect: InspectStep;
  verify: VerifyStep;
  hosting: 'bucket' | 'urls';
  /** URLs typed for `hosting: 'urls'`, one per line. */
  urlsText: string;
  urlChecks: Record<string, UrlCheckState>;
  /** The user accepted that this file replaces an indexed variant. */
  confirmReplace: boolean;
  upload: UploadStep;
  add: AddStep;
}

/** Rows of one registry and their in-flight controllers. */
export class PublishQueue extends RowQueue<PublishRow, 'verify' | 'upload' | 'urls'> {
  add(file: File, hosting: PublishRow['hosting']): PublishRow {
    return this.push((id) => ({
      id,
      file,
      inspect: { status: 'running' },
      verify: { status: 'waiting' },
      hosting,
      urlsText: '',
      urlChecks: {},
      confirmReplace: false,
      upload: { status: 'idle' },
      add: { status: 'idle' },
    }));
  }
}

export { typedUrls } from '../../../lib/row-queue.ts';
