/**
 * @module
 * The registry-answer module worker (issue 11, item 6): parses and checks large registry
 * answers off the main thread. Created by answer-client.ts as
 * `new Worker(new URL('./answer-entry.ts', import.meta.url), { type: 'module' })`.
 */
import { answerHandler, type AnswerCancel, type AnswerMessage, type AnswerRequest } from './answer-protocol.ts';
import type { AnswerChunk } from './chunk-stream.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (msg: AnswerMessage) => self.postMessage(msg);
const handle = answerHandler(post);
self.onmessage = (ev: MessageEvent<AnswerRequest | AnswerChunk | AnswerCancel>) => handle(ev.data);
post({ ready: true });
