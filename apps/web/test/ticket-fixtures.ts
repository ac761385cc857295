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

/** A customer's view of their ticket as the API sends it, without messages or files. */
export const customerTicketView = (id: string, status: string) => ({
  view: "customer",
  id,
  number: "#483920",
  subject: "Mijn e-mail werkt niet",
  status,
  category: "technical",
  details: { kind: "problem" },
  createdAt: "2026-11-23T09:00:00.000Z",
  updatedAt: "2026-11-23T10:00:00.000Z",
  followUpOf: null,
  mergedInto: null,
  serviceLevel: "best_effort",
  expectedResponseBy: null,
  responseGuaranteed: false,
  responseTarget: null,
  attachments: [],
  messages: [] as unknown[],
});
