/**
 * @module
 * Demo mode: `npm start` passes the local demo registry, bucket and the generated demo admin
 * key through Vite env variables. Absent in builds (`npm run build`), so nothing demo-only
 * ships to real deployments.
 */
export interface DemoConfig {
  registryUrl: string;
  /** The throwaway demo admin key (PKCS#8 PEM) — demo mode only. */
  adminKeyPem: string;
  bucketUrl: string | null;
  filesDir: string | null;
}

export function demoConfig(): DemoConfig | null {
  const env = import.meta.env;
  const registryUrl = env.VITE_DEMO_REGISTRY_URL as string | undefined;
  const adminKeyPem = env.VITE_DEMO_ADMIN_KEY as string | undefined;
  if (!env.DEV || !registryUrl || !adminKeyPem) return null;
  return {
    registryUrl,
    adminKeyPem,
    bucketUrl: (env.VITE_DEMO_BUCKET_URL as string | undefined) ?? null,
    filesDir: (env.VITE_DEMO_FILES_DIR as string | undefined) ?? null,
  };
}
