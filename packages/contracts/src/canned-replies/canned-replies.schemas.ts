import { z } from "zod";
import { cursorQuerySchema } from "../common/pagination.ts";
import {
  ticketCategorySchema,
  ticketPrioritySchema,
  ticketStatusSchema,
} from "../tickets/ticket-attributes.ts";

// Standard answers the team inserts from the reply box. The body is Markdown with placeholders the
// API fills for one ticket; the customer never sees the placeholder syntax.

/** The placeholders a body may use besides `{{faq:<slug>}}` (an FAQ article's title as a link). */
export const cannedReplyPlaceholders = ["customer.name", "ticket.number"] as const;

/** Every `{{ … }}` in a text, with what is between the braces (trimmed). */
export const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Changes to the ticket a reply offers with it; the agent confirms them, as any ticket change. */
export const cannedReplyActionsSchema = z
  .object({
    status: ticketStatusSchema.nullable().default(null),
    priority: ticketPrioritySchema.nullable().default(null),
    category: ticketCategorySchema.nullable().default(null),
  })
  .meta({ id: "CannedReplyActions" });

export const cannedReplyBodySchema = z
  .string()
  .trim()
  .min(1)
  .max(20_000)
  .meta({
    examples: [
      "Beste {{customer.name}},\n\nIn {{faq:wachtwoord-vergeten}} staat stap voor stap hoe u een nieuw wachtwoord kiest.\n\nMet vriendelijke groet",
    ],
  });

export const createCannedReplySchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(2)
      .max(120)
      .meta({ examples: ["Wachtwoord vergeten"] }),
    body: cannedReplyBodySchema,
    actions: cannedReplyActionsSchema.optional(),
  })
  .meta({ id: "CreateCannedReply" });
export type CreateCannedReply = z.infer<typeof createCannedReplySchema>;

export const updateCannedReplySchema = createCannedReplySchema
  .extend({
    expectedUpdatedAt: z.iso
      .datetime()
      .meta({
        description:
          "The reply's `updatedAt` when the editor opened it: when someone saved since, the change is refused with 409 edit_conflict carrying both versions",
        examples: ["2026-11-28T10:15:00.000Z"],
      })
      .optional(),
  })
  .meta({ id: "UpdateCannedReply" });
export type UpdateCannedReply = z.infer<typeof updateCannedReplySchema>;

export const cannedReplySchema = z
  .object({
    id: z.uuid(),
    title: z.string().meta({ examples: ["Wachtwoord vergeten"] }),
    /** Markdown with its placeholders, as written. */
    body: z.string(),
    actions: z.object({
      status: ticketStatusSchema.nullable(),
      priority: ticketPrioritySchema.nullable(),
      category: ticketCategorySchema.nullable(),
    }),
    /** How often it was inserted into a reply. */
    usageCount: z.number().int().nonnegative(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "CannedReply" });
export type CannedReply = z.infer<typeof cannedReplySchema>;

export const cannedReplyListQuerySchema = cursorQuerySchema.extend({
  /** Words in the title or body. */
  q: z.string().trim().min(1).max(200).optional(),
  /** For syncing: only replies changed at or after this instant (ISO 8601 with offset). */
  updated_since: z.iso
    .datetime({ offset: true })
    .meta({ examples: ["2026-11-28T09:00:00Z"] })
    .optional(),
});

export const cannedReplyPageSchema = z
  .object({ items: z.array(cannedReplySchema), nextCursor: z.string().nullable() })
  .meta({ id: "CannedReplyPage" });

export const cannedReplyParamsSchema = z.object({ id: z.uuid() });
export const cannedReplyForTicketParamsSchema = z.object({ id: z.uuid(), cannedId: z.uuid() });

export const renderedCannedReplySchema = z
  .object({
    /** The body with every placeholder filled for this ticket: Markdown, ready for the reply box. */
    body: z.string().meta({
      examples: [
        "Beste Anna de Vries,\n\nIn [Wachtwoord vergeten](https://support.example.nl/faq/wachtwoord-vergeten) staat stap voor stap hoe u een nieuw wachtwoord kiest.\n\nMet vriendelijke groet",
      ],
    }),
    /** The changes it offers for the ticket (null: leave as is). */
    actions: cannedReplySchema.shape.actions,
  })
  .meta({ id: "RenderedCannedReply" });
export type RenderedCannedReply = z.infer<typeof renderedCannedReplySchema>;
