// The browser end of a call: the query string, uploads with progress, and file names of downloads.

export interface UploadOptions {
  signal?: AbortSignal;
  /** Share sent so far, 0 to 1. Called only where the browser reports it (XMLHttpRequest). */
  onProgress?: (fraction: number) => void;
  /** Send with fetch even where XMLHttpRequest exists (no progress until it is done). */
  fetchFallback?: boolean;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Uploads with XMLHttpRequest, the one browser API that reports upload progress; its answer is
 * wrapped in a `Response`, so it is checked exactly like a fetch's. Status 0 means no answer.
 */
export function xhrSend(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: FormData,
  options: UploadOptions,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const responseHeaders = new Headers();
      for (const line of xhr
        .getAllResponseHeaders()
        .trim()
        .split(/[\r\n]+/)) {
        const at = line.indexOf(":");
        if (at > 0) responseHeaders.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      const status = xhr.status;
      // A Response cannot carry a 1xx or 0 status; both mean the upload got no real answer.
      if (status < 200) return reject(new TypeError("The upload got no answer"));
      resolve(
        new Response(status === 204 ? null : xhr.responseText, {
          status,
          statusText: xhr.statusText,
          headers: responseHeaders,
        }),
      );
    };
    xhr.onerror = () => reject(new TypeError("The upload failed"));
    xhr.onabort = () => reject(new DOMException("The upload was cancelled", "AbortError"));
    if (options.signal) {
      if (options.signal.aborted) return xhr.abort();
      options.signal.addEventListener("abort", () => xhr.abort(), { once: true });
    }
    xhr.send(body);
  });
}

/** `attachment; filename="a.pdf"; filename*=UTF-8''a.pdf` -> `a.pdf` */
export function fileNameOf(response: Response): string | undefined {
  const disposition = response.headers.get("content-disposition") ?? "";
  const extended = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim().replace(/^"|"$/g, ""));
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

type QueryValue = string | number | boolean | bigint | Date | null | undefined;

export function toSearchParams(query: Record<string, unknown> | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  const append = (key: string, value: QueryValue) => {
    if (value === undefined || value === null) return;
    params.append(key, value instanceof Date ? value.toISOString() : String(value));
  };
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) append(key, item as QueryValue);
    else append(key, value as QueryValue);
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}
