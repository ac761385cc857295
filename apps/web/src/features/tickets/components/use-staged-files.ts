import { MAX_ATTACHMENTS_PER_MESSAGE, MAX_UPLOAD_BYTES } from "@helpdesk/contracts";
import { useEffect, useRef, useState } from "react";
import { isApiError } from "../../../lib/api-client.ts";
import { stageFile } from "../api/tickets.queries.ts";

/** The API's limits, for the texts that state them (the size is also checked here before sending). */
export const stagedFileLimits = {
  maxFiles: MAX_ATTACHMENTS_PER_MESSAGE,
  maxMegabytes: MAX_UPLOAD_BYTES / (1024 * 1024),
};

/** Why a file could not be added; the field says it in the visitor's words. */
export type StagedFileFailure =
  | "tooLarge"
  | "unsupported"
  | "tooManyFiles"
  | "rateLimited"
  | "expired"
  | "network"
  | "unexpected";

export interface StagedFileItem {
  /** Unique within the form (two files may have one name). */
  key: string;
  /** The name as the ticket will show it, once the API has answered. */
  name: string;
  state: "uploading" | "done" | "failed";
  /** Share sent, 0 to 1. */
  progress: number;
  token?: string | undefined;
  failure?: StagedFileFailure | undefined;
}

function failureOf(error: unknown): StagedFileFailure {
  if (!isApiError(error)) return "unexpected";
  if (error.status === 413) return "tooLarge";
  if (error.status === 415) return "unsupported";
  if (error.status === 429) return "rateLimited";
  if (error.code === "network_error") return "network";
  return "unexpected";
}

/**
 * Files chosen for a ticket or reply, each uploaded (`POST /uploads`) as soon as it is chosen, with
 * its progress; the form sends the tokens of those that are done. Removing a file forgets it (and
 * cancels its upload); the API deletes uploads nobody sent after a day.
 */
export function useStagedFiles(options: { onUploaded?: (name: string) => void } = {}) {
  const [items, setItems] = useState<StagedFileItem[]>([]);
  const uploads = useRef(new Map<string, AbortController>());
  const counter = useRef(0);
  const onUploaded = useRef(options.onUploaded);
  onUploaded.current = options.onUploaded;

  // Leaving the page cancels what is still being sent.
  useEffect(() => {
    const running = uploads.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  const update = (key: string, patch: Partial<StagedFileItem>) =>
    setItems((previous) => previous.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  async function send(key: string, file: File) {
    const controller = new AbortController();
    uploads.current.set(key, controller);
    try {
      const staged = await stageFile(file, {
        signal: controller.signal,
        onProgress: (progress) => update(key, { progress }),
      });
      update(key, { state: "done", progress: 1, token: staged.token, name: staged.name });
      onUploaded.current?.(staged.name);
    } catch (error) {
      if (!controller.signal.aborted) update(key, { state: "failed", failure: failureOf(error) });
    } finally {
      uploads.current.delete(key);
    }
  }

  return {
    items,
    /** True while a file is still being sent: the form waits with submitting. */
    uploading: items.some((item) => item.state === "uploading"),
    /** The tokens to send with the ticket or reply, in the order the files were chosen. */
    tokens: items.flatMap((item) => (item.state === "done" && item.token ? [item.token] : [])),

    add(files: File[]) {
      let room = MAX_ATTACHMENTS_PER_MESSAGE - items.filter((item) => item.state !== "failed").length;
      const added = files.map((file) => {
        const failure: StagedFileFailure | undefined =
          room <= 0 ? "tooManyFiles" : file.size > MAX_UPLOAD_BYTES ? "tooLarge" : undefined;
        if (!failure) room--;
        const item: StagedFileItem = {
          key: `file-${++counter.current}`,
          name: file.name,
          state: failure ? "failed" : "uploading",
          progress: 0,
          failure,
        };
        return { file, item };
      });
      setItems((previous) => [...previous, ...added.map(({ item }) => item)]);
      for (const { file, item } of added) if (item.state === "uploading") void send(item.key, file);
    },

    remove(key: string) {
      uploads.current.get(key)?.abort();
      setItems((previous) => previous.filter((item) => item.key !== key));
    },

    /**
     * After a failed send: when the API refused some of the `sent` tokens (422 at
     * `body.attachments.<i>`: expired or used), marks those files to be chosen again; true if so.
     */
    refusedBy(error: unknown, sent: string[]): boolean {
      if (!isApiError(error) || error.code !== "unprocessable_content") return false;
      const refused = error.fieldErrors.flatMap((fieldError) => {
        const index = /^body\.attachments\.(\d+)$/.exec(fieldError.path)?.[1];
        const token = index === undefined ? undefined : sent[Number(index)];
        return token ? [token] : [];
      });
      setItems((previous) =>
        previous.map((item) =>
          item.token && refused.includes(item.token)
            ? { ...item, state: "failed", token: undefined, failure: "expired" }
            : item,
        ),
      );
      return refused.length > 0;
    },

    /** After sending: an empty list for the next message. */
    clear() {
      for (const controller of uploads.current.values()) controller.abort();
      setItems([]);
    },
  };
}
export type StagedFiles = ReturnType<typeof useStagedFiles>;
