/**
 * The OpenAPI 3.1 document for /api/v1, generated from the zod schemas the
 * routes validate with (z.toJSONSchema), so the document cannot drift from
 * what the server accepts.
 */
import { z } from "zod";
import { API_ROUTES, type ApiRoute } from "./registry";

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType): JsonSchema {
  // "input": what a client sends (before defaults/coercion). Refinements cannot be expressed and are left out.
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const errorSchema: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: [
            "validation",
            "unauthorized",
            "forbidden",
            "not_found",
            "conflict",
            "too_large",
            "unsupported_media_type",
            "internal",
          ],
        },
        message: { type: "string", description: "A sentence for people." },
        fields: {
          type: "object",
          additionalProperties: { type: "array", items: { type: "string" } },
          description: "400: messages per field (dotted path).",
        },
        current: { description: "409: the record as it is now, to compare with what you sent." },
      },
    },
  },
};

const ERROR_STATUSES: Record<string, string> = {
  "400": "Invalid input: see error.fields",
  "401": "Not signed in: send Authorization: Bearer <token> or a session cookie",
  "403": "Your role does not allow this",
  "404": "No such record",
  "409": "Stale version: the record changed since you read it; error.current holds it",
  "413": "Request body too large",
  "415": "Request body is not JSON",
  "500": "Server error (nothing was saved)",
};

function errorsFor(route: ApiRoute): Record<string, unknown> {
  const wanted = new Set(["500"]);
  if (route.role) ["401", "403"].forEach((s) => wanted.add(s));
  if (route.query || route.body) wanted.add("400");
  if (route.path.includes("{id}")) wanted.add("404");
  if (route.body) ["413", "415"].forEach((s) => wanted.add(s));
  if (route.body && route.path.includes("{id}") && route.method !== "POST") wanted.add("409");
  if (/\/(archive|restore)$/.test(route.path)) wanted.add("409");
  const out: Record<string, unknown> = {};
  for (const s of Object.keys(ERROR_STATUSES)) if (wanted.has(s)) out[s] = { $ref: `#/components/responses/E${s}` };
  return out;
}

function operation(route: ApiRoute) {
  const parameters: unknown[] = [];
  if (route.path.includes("{id}"))
    parameters.push({ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } });
  if (route.query) {
    const q = schemaOf(route.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(q.properties ?? {})) {
      parameters.push({ name, in: "query", required: q.required?.includes(name) ?? false, schema });
    }
  }
  const data = route.list
    ? {
        type: "object",
        required: ["data", "total"],
        properties: { data: { type: "array", items: { type: "object" } }, total: { type: "integer" } },
      }
    : { type: "object", required: ["data"], properties: { data: { type: "object" } } };
  return {
    summary: route.summary,
    tags: [route.tag],
    operationId: `${route.method.toLowerCase()}${route.path.replace(/[{}]/g, "").replace(/[/.](\w)/g, (_, c: string) => c.toUpperCase())}`,
    ...(route.role ? { security: [{ bearer: [] }, { session: [] }], "x-minimum-role": route.role } : { security: [] }),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(route.body) } } } }
      : {}),
    responses: {
      [String(route.success)]: {
        description: route.success === 201 ? "Created" : "OK",
        content: { "application/json": { schema: data } },
      },
      ...errorsFor(route),
    },
  };
}

export function buildOpenApiDocument(serverUrl = "/api/v1") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of API_ROUTES) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  return {
    openapi: "3.1.0",
    info: {
      title: "Treaty Tracker API",
      version: "1",
      description:
        "UN human-rights recommendations to states, the states' responses, follow-up grades, NGO assessments and evidence. " +
        "Every change is audited; edits carry the `version` they started from and get 409 when it is stale.",
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A token from `npm run users -- token`" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: { Error: errorSchema },
      responses: Object.fromEntries(
        Object.entries(ERROR_STATUSES).map(([s, description]) => [
          `E${s}`,
          { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        ]),
      ),
    },
  };
}
