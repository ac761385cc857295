import type { Language } from "@helpdesk/contracts";

/**
 * The shape every translation of a message tree must have: the same keys as the source (Dutch), with
 * any text as values. `satisfies Messages<typeof nl>` turns a missing or extra key into a type error.
 */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** A feature's texts in every language: Dutch is the source, the others follow its shape. */
export type Dictionary<T> = { readonly nl: T } & { readonly [L in Exclude<Language, "nl">]: Messages<T> };

/** Every key of a message tree, as a dotted path: "home.title", "footer.online", ... */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];

type MessageAt<T, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? MessageAt<T[Head], Rest>
    : never
  : K extends keyof T
    ? T[K]
    : never;

/** The `{{name}}` placeholders of a (literal) message. */
type Placeholders<S> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type TranslateArgs<T, K extends string> = [Placeholders<MessageAt<T, K>>] extends [never]
  ? []
  : [values: Record<Placeholders<MessageAt<T, K>>, string | number>];

/** `t("home.title")`, `t("notFound.text", { path })`: unknown keys and missing values are type errors. */
export type Translate<T> = <K extends MessageKey<T>>(key: K, ...values: TranslateArgs<T, K>) => string;

/** Looks up a dotted key and fills in `{{name}}` placeholders. An unknown key comes back as itself. */
export function translate(messages: unknown, key: string, values?: Record<string, string | number>): string {
  let node = messages;
  for (const part of key.split(".")) {
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== "string") return key;
  if (!values) return node;
  return node.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}
