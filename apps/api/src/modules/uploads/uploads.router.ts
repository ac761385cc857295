import { stageUpload } from "@helpdesk/contracts";
import { actorOf } from "../../http/authenticate.ts";
import { route } from "../../http/endpoint.ts";
import type { UploadsService } from "./uploads.service.ts";

export function uploadRoutes(uploads: UploadsService) {
  return [
    // Open to anyone, like filing a ticket: guests attach files to their first message.
    route(
      stageUpload,
      async ({ file, req, res }) => {
        await uploads.chargeUpload(actorOf(res), req.ip ?? "unknown", file.size);
        return {
          status: 201,
          body: await uploads.stage({ originalName: file.originalname, bytes: file.buffer }),
        };
      },
      { beforeUpload: (req, res) => uploads.admitUpload(actorOf(res), req.ip ?? "unknown") },
    ),
  ];
}
