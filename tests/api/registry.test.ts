import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { API_ROUTES, MUTATION_METHODS } from "@/lib/api/registry";
import { MUTATION_ROUTES, type FixtureIds } from "./mutation-routes";

// Route modules are loaded to read which policy entry each checks; nobody calls them here.
vi.mock("@/lib/auth/api-actor", () => ({ getApiActor: () => Promise.resolve(null) }));

const root = path.resolve(import.meta.dirname, "../..");
const apiDir = path.join(root, "app/api/v1");

/** Every (method, path) a route file under app/api/v1 exports. */
function exportedRoutes(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8");
        const urlPath =
          "/" +
          path
            .relative(apiDir, dir)
            .split(path.sep)
            .join("/")
            .replace(/\[(\w+)\]/g, "{$1}");
        for (const m of source.matchAll(/export (?:const|async function|function) (GET|POST|PATCH|PUT|DELETE)\b/g))
          out.push(`${m[1]} ${urlPath}`);
      }
    }
  };
  walk(apiDir);
  return out.sort();
}

const ids: FixtureIds = {
  state: 1,
  body: 2,
  cycle: 3,
  document: 4,
  recommendation: 5,
  earlierRecommendation: 6,
  evidence: 7,
  tag: 8,
  response: 9,
  grade: 10,
  assessment: 11,
  reiteration: 12,
  institution: 13,
  action: 14,
  cycleEvent: 15,
};

describe("the API route registry", () => {
  it("lists exactly the routes the files export", () => {
    expect(API_ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(exportedRoutes());
  });

  it.each(API_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s: the route file checks the access-policy entry the registry documents",
    async (_, route) => {
      const file = path.join(apiDir, route.path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, { access?: unknown }>;
      expect(mod[route.method].access).toEqual(route.access);
    },
  );

  it("the authorisation-matrix table lists every mutation once, with the registry's minimum role", () => {
    const registry = API_ROUTES.filter((r) => MUTATION_METHODS.includes(r.method))
      .map((r) => `${r.method} /api/v1${r.path} ${r.role}`)
      .sort();
    const table = MUTATION_ROUTES.map((r) => `${r.method} ${r.path} ${r.minRole}`).sort();
    expect(table).toEqual(registry);
  });

  it.each(MUTATION_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s: the example body is valid for its schema",
    (_, route) => {
      const entry = API_ROUTES.find((r) => r.method === route.method && `/api/v1${r.path}` === route.path)!;
      expect(entry.body, "a mutation takes a JSON body").toBeDefined();
      const result = entry.body!.safeParse(route.body(ids));
      expect(result.success ? null : result.error.issues).toBeNull();
      expect(entry.success).toBe(route.success);
    },
  );

  it("the OpenAPI document has every path and method, request bodies from the schemas, and the error shape", () => {
    const doc = buildOpenApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    for (const r of API_ROUTES) {
      const op = doc.paths[r.path]?.[r.method.toLowerCase()] as {
        requestBody?: { content: Record<string, { schema: { type?: string; anyOf?: unknown } }> };
        responses: Record<string, unknown>;
      };
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      if (r.body)
        expect(
          op.requestBody!.content["application/json"].schema.type ??
            op.requestBody!.content["application/json"].schema.anyOf,
        ).toBeTruthy();
      if (r.role) expect(op.responses["401"]).toEqual({ $ref: "#/components/responses/E401" });
    }
    const assessment = doc.paths["/recommendations/{id}/assessments"].post as {
      requestBody: {
        content: {
          "application/json": { schema: { properties: Record<string, { enum?: string[] }>; required: string[] } };
        };
      };
    };
    const schema = assessment.requestBody.content["application/json"].schema;
    expect(schema.required).toEqual(["date", "status", "rationale"]);
    expect(schema.properties.status.enum).toEqual([
      "not_implemented",
      "partially_implemented",
      "implemented",
      "regressed",
      "no_information",
    ]);
    expect(doc.components.schemas.Error).toMatchObject({ required: ["error"] });
  });
});
