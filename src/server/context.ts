/**
 * @module
 * What a method handler gets: the store, the verified caller, device info and server
 * configuration. Handlers are plain functions `(params, ctx) => result`, typed per method by
 * the core method table.
 */
import type { MethodName, ParamsOf, ResultOf } from '../core/rpc/methods.ts';
import type { DeviceInfo } from '../core/rpc/types.ts';
import type { Store } from './store/store.ts';
import type { Metrics } from './metrics.ts';
import type { S9pkFetcher } from './s9pk-fetch.ts';

export interface ServerConfig {
  /** Accepted signature contexts, tried in order (`--hostname`, §2.6). */
  hostnames: string[];
  /** Reject repeated nonces within 60 s (`--strict-nonce`); upstream does not (§2.10). */
  strictNonce: boolean;
  /** The server's own OS version, the default `osVersion` of manifests lacking one (§5.3). */
  osVersion: string;
}

export interface MethodContext {
  store: Store;
  config: ServerConfig;
  /** Canonical PEM of the verified caller (the injected `__Auth_signer`), or null. */
  signer: string | null;
  /** Parsed `X-StartOS-Device-Info`, for methods that honour it and only when sent. */
  deviceInfo: DeviceInfo | null;
  fetcher: S9pkFetcher;
  metrics: Metrics;
  now: () => Date;
}

/** Handler of method `M`: decoded params in, the contract's result out (checked by the compiler). */
export type MethodHandler<M extends MethodName> = (
  params: ParamsOf<M>,
  ctx: MethodContext,
) => ResultOf<M> | Promise<ResultOf<M>>;

/** One handler per method name. */
export type HandlerTable = { [M in MethodName]: MethodHandler<M> };
