import type { DownloadedFile } from "./api-client.ts";

/** Hands a downloaded file to the browser to save, under the server's name for it or `fallbackName`. */
export function saveDownloadedFile(file: DownloadedFile, fallbackName: string) {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
