/**
 * @module
 * The registry-answer module worker (issue 11, item 6): parses and checks large registry
 * answers off the main thread. Created by answer-client.ts as
 * `new Worker(new URL('./answer-entry.ts', import.meta.url), { type: 'module' })`.
 */
import { answerRequest, postAnswer, type AnswerRequest, type AnswerResponse } from './answer-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (ev: MessageEvent<AnswerRequest>) =>
  postAnswer((res: AnswerResponse) => self.postMessage(res), answerRequest(ev.data));
