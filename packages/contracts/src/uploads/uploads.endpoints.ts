import { defineEndpoint } from "../common/endpoint.ts";
import { problemSchema } from "../common/problem.ts";
import { STAGED_UPLOAD_TTL_HOURS, stagedUploadSchema } from "./uploads.schemas.ts";

export const stageUpload = defineEndpoint({
  method: "POST",
  path: "/uploads",
  summary: `Upload a file (multipart field \`file\`) before its ticket or reply exists (anyone); send the returned token in \`attachments\` within ${STAGED_UPLOAD_TTL_HOURS} hours`,
  tag: "Tickets",
  upload: { field: "file" },
  responses: {
    201: stagedUploadSchema,
    413: problemSchema,
    415: problemSchema,
    429: problemSchema,
  },
});
