import { z } from "zod";

export const healthSchema = z.object({ status: z.literal("ok") }).meta({ id: "Health" });
export const readinessSchema = z
  .object({ status: z.enum(["ok", "unavailable"]), database: z.enum(["ok", "unavailable"]) })
  .meta({ id: "Readiness" });
