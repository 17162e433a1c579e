/**
 * @module
 * Typed registry API: one function per RPC method of spec registry-api.md §4, grouped by
 * namespace, each a thin wrapper over a generic `call` (the client). Params are always an object (§1.3).
 */

import type { CallOptions } from './call-options.ts';
import type { EmptyParams, MethodName, PackageGetParams, ParamsOf, ResultOf } from './methods.ts';
import type { PackageGetResultFor } from './types.ts';

/** The transport the API is built on: sends one method call and resolves with its result. */
export type RpcCall = <M extends MethodName>(
  method: M,
  params: ParamsOf<M>,
  opts?: CallOptions,
) => Promise<ResultOf<M>>;

/** Methods whose params are `{}`. */
type NoParamMethod = {
  [M in MethodName]: ParamsOf<M> extends EmptyParams ? M : never;
}[MethodName];

/** Methods whose params keys are all optional. */
type OptionalParamMethod = {
  [M in MethodName]: EmptyParams extends ParamsOf<M> ? M : never;
}[MethodName];

/**
 * Builds the typed API over `call`.
 * `info` is both a method and a namespace on the wire; here the method is `api.info.get()`.
 * @example
 * const api = createRegistryApi(client.call);
 * const pkgs = await api.package.get({ id: 'bitcoind', otherVersions: 'none' });
 * await api.admin.signer.edit({ id, addContact: [], addKey: [pem], removeContact: [], removeKey: [] });
 */
export function createRegistryApi(call: RpcCall) {
  /** Method with required params. */
  const withParams =
    <M extends MethodName>(method: M) =>
    (params: ParamsOf<M>, opts?: CallOptions): Promise<ResultOf<M>> =>
      call(method, params, opts);
  /** Method that takes no params: always sends `{}`. */
  const noParams =
    <M extends NoParamMethod>(method: M) =>
    (opts?: CallOptions): Promise<ResultOf<M>> =>
      call(method, {} as ParamsOf<M>, opts);
  /** Method whose params are all optional: `undefined` becomes `{}`. */
  const optionalParams =
    <M extends OptionalParamMethod>(method: M) =>
    (params?: ParamsOf<M>, opts?: CallOptions): Promise<ResultOf<M>> =>
      call(method, params ?? ({} as ParamsOf<M>), opts);

  return {
    /** `index`: the full index; needs a registered signer (§4.1). */
    index: noParams('index'),
    info: {
      get: noParams('info'),
      setName: withParams('info.set-name'),
      setIcon: withParams('info.set-icon'),
    },
    package: {
      index: noParams('package.index'),
      /**
       * `package.get` (§4.3); the result type follows `id` and `otherVersions`. Records a
       * download metric when both `id` and `targetVersion` are given.
       */
      get: <P extends PackageGetParams>(
        params: P,
        opts?: CallOptions,
      ): Promise<PackageGetResultFor<P>> =>
        call('package.get', params, opts) as Promise<PackageGetResultFor<P>>,
      add: withParams('package.add'),
      addMirror: withParams('package.add-mirror'),
      remove: withParams('package.remove'),
      removeMirror: withParams('package.remove-mirror'),
      signer: {
        add: withParams('package.signer.add'),
        remove: withParams('package.signer.remove'),
        list: withParams('package.signer.list'),
      },
      category: {
        add: withParams('package.category.add'),
        remove: withParams('package.category.remove'),
        addPackage: withParams('package.category.add-package'),
        removePackage: withParams('package.category.remove-package'),
        list: noParams('package.category.list'),
      },
    },
    os: {
      index: noParams('os.index'),
      version: {
        add: withParams('os.version.add'),
        remove: withParams('os.version.remove'),
        get: optionalParams('os.version.get'),
        signer: {
          add: withParams('os.version.signer.add'),
          remove: withParams('os.version.signer.remove'),
          list: withParams('os.version.signer.list'),
        },
      },
      asset: {
        add: {
          iso: withParams('os.asset.add.iso'),
          img: withParams('os.asset.add.img'),
          squashfs: withParams('os.asset.add.squashfs'),
        },
        remove: {
          iso: withParams('os.asset.remove.iso'),
          img: withParams('os.asset.remove.img'),
          squashfs: withParams('os.asset.remove.squashfs'),
        },
        sign: {
          iso: withParams('os.asset.sign.iso'),
          img: withParams('os.asset.sign.img'),
          squashfs: withParams('os.asset.sign.squashfs'),
        },
        get: {
          iso: withParams('os.asset.get.iso'),
          img: withParams('os.asset.get.img'),
          squashfs: withParams('os.asset.get.squashfs'),
        },
      },
    },
    admin: {
      signer: {
        list: noParams('admin.signer.list'),
        add: withParams('admin.signer.add'),
        edit: withParams('admin.signer.edit'),
        remove: withParams('admin.signer.remove'),
      },
      add: withParams('admin.add'),
      remove: withParams('admin.remove'),
      list: noParams('admin.list'),
    },
    db: {
      dump: optionalParams('db.dump'),
      apply: withParams('db.apply'),
    },
    metrics: {
      summary: noParams('metrics.summary'),
      users: optionalParams('metrics.users'),
      downloads: optionalParams('metrics.downloads'),
    },
  };
}

/** The object returned by {@link createRegistryApi}. */
export type RegistryApi = ReturnType<typeof createRegistryApi>;
