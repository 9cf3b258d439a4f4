import { handler, json } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

/** Public: the API's description holds no data. */
export const GET = handler({}, () => json((cached ??= buildOpenApiDocument())));
