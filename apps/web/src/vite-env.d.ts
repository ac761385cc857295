/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the API lives; defaults to `/api/v1` on the same origin (proxied by Vite in development). */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
