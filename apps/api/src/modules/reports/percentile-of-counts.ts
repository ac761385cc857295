// Percentiles from counts per value, the same figure as PostgreSQL's `percentile_cont` over the
// values one by one (docs/adr/0016-reports-rollups-and-charts.md).

/** `tickets` tickets took `minutes` working minutes. */
export interface MinuteCount {
  minutes: number;
  tickets: number;
}

/**
 * The `fraction` percentile (0..1) with linear interpolation between the two nearest ranks, as
 * `percentile_cont` computes it; null without tickets. `counts` are in ascending order of minutes.
 */
export function percentileOfCounts(counts: MinuteCount[], fraction: number): number | null {
  const total = counts.reduce((sum, count) => sum + count.tickets, 0);
  if (total === 0) return null;
  const rank = fraction * (total - 1); // 0-based, between two neighbouring tickets
  const below = valueAtRank(counts, Math.floor(rank));
  const above = valueAtRank(counts, Math.ceil(rank));
  return below + (rank - Math.floor(rank)) * (above - below);
}

/** The minutes of the ticket at a 0-based rank, counting the tickets in ascending order. */
function valueAtRank(counts: MinuteCount[], rank: number): number {
  let seen = 0;
  for (const count of counts) {
    seen += count.tickets;
    if (rank < seen) return count.minutes;
  }
  throw new RangeError(`rank ${rank} is past the ${seen} tickets counted`);
}
