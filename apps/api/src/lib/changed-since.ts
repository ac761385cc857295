/**
 * The `updated_since` filter of lists of records that change (packages/contracts list-kinds.ts):
 * rows changed at or after the instant, for integrators that sync.
 */
export function changedSince(updatedSince: string | undefined) {
  return updatedSince === undefined ? {} : { updatedAt: { gte: new Date(updatedSince) } };
}
