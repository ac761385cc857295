/** A staff view's service level as the API sends it: Best Effort, first response due the next day. */
export const sampleSla: {
  level: string | null;
  firstResponseDueAt: string | null;
  nextResponseDueAt: string | null;
  resolutionDueAt: string | null;
  breached: string[];
  paused: boolean;
} = {
  level: "best_effort",
  firstResponseDueAt: "2026-11-24T09:00:00.000Z",
  nextResponseDueAt: null,
  resolutionDueAt: "2026-11-30T09:00:00.000Z",
  breached: [],
  paused: false,
};
