import { Router } from "express";
import swaggerUi from "swagger-ui-express";
import { buildOpenApiDocument } from "./document.ts";

/** Serves the generated OpenAPI document and a human-readable reference page next to it. */
export function createOpenApiRouter(): { documentRouter: Router; docsRouter: Router } {
  const document = buildOpenApiDocument();
  const documentRouter = Router();
  documentRouter.get("/openapi.json", (_req, res) => {
    res.json(document);
  });
  const docsRouter = Router();
  docsRouter.use(swaggerUi.serve);
  docsRouter.get("/", swaggerUi.setup(undefined, { swaggerOptions: { url: "/api/v1/openapi.json" } }));
  return { documentRouter, docsRouter };
}
