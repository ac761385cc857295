// `@handle` in an internal note: the handle of a colleague is the part of their e-mail address
// before the @, lower-case (jan.jansen@example.nl is @jan.jansen). Addresses are unique, so the
// part before the @ is unique among the people of one mail domain, which is what the team uses.

/** The handle a staff member is mentioned by. */
export const handleOf = (email: string): string => (email.split("@")[0] ?? "").toLowerCase();

/**
 * The handles a text mentions: `@` at the start or after a space or punctuation (not inside an
 * e-mail address), followed by letters, digits, dots, dashes or underscores; a trailing dot ends
 * the sentence, not the handle.
 */
export function mentionedHandles(text: string): Set<string> {
  const handles = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}._%+-])@([\p{L}\p{N}._-]+)/gu)) {
    const handle = (match[1] ?? "").replace(/[.\-_]+$/, "").toLowerCase();
    if (handle) handles.add(handle);
  }
  return handles;
}

/** The people among `staff` whom the text mentions. */
export function resolveMentions<T extends { email: string }>(text: string, staff: readonly T[]): T[] {
  const handles = mentionedHandles(text);
  if (handles.size === 0) return [];
  return staff.filter((member) => handles.has(handleOf(member.email)));
}
