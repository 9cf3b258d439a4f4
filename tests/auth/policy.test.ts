import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCESS_POLICY, assertCan, can, policyMarkdown, roleFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { MUTATION_ROUTES } from "../api/mutation-routes";

const actor = (role: Actor["role"]): Actor => ({ id: 1, email: `${role}@example.org`, name: role, role });
const readme = fs.readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");

describe("the access policy", () => {
  it("is the table the README shows", () => {
    const block = /<!-- access-policy:start -->\n([\s\S]*?)\n<!-- access-policy:end -->/.exec(readme);
    expect(block?.[1]).toBe(policyMarkdown());
  });

  it("lets whoever may archive a record restore it", () => {
    for (const [entity, row] of Object.entries(ACCESS_POLICY))
      if ("archive" in row) expect((row as Record<string, string>).restore, entity).toBe(row.archive);
  });

  it("ranks roles: a higher role may do what a lower one may", () => {
    expect(can(actor("admin"), "recommendation", "archive")).toBe(true);
    expect(can(actor("editor"), "recommendation", "archive")).toBe(false);
    expect(can(actor("editor"), "response", "restore")).toBe(true);
    expect(can(actor("viewer"), "export", "run")).toBe(true);
    expect(can(null, "export", "run")).toBe(false);
  });

  it("refuses nobody with 401 and a lower role with 403 naming the role needed", () => {
    expect(() => assertCan(null, "tag", "create")).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => assertCan(actor("editor"), "tag", "create")).toThrow(
      expect.objectContaining({ status: 403, message: "This needs the admin role; you are signed in as editor." }),
    );
  });

  it("gives every API mutation of the authorisation matrix the role its table expects", () => {
    const byPath: Record<string, Parameters<typeof roleFor>> = {
      "POST /api/v1/recommendations/{id}/archive": ["recommendation", "archive"],
      "POST /api/v1/recommendations/{id}/restore": ["recommendation", "restore"],
      "POST /api/v1/tags/{id}/restore": ["tag", "restore"],
      "POST /api/v1/responses/{id}/restore": ["response", "restore"],
      "POST /api/v1/states/{id}/restore": ["state", "restore"],
      "DELETE /api/v1/reiterations/{id}": ["reiteration", "archive"],
      "POST /api/v1/reiterations/{id}/restore": ["reiteration", "restore"],
    };
    for (const [key, access] of Object.entries(byPath)) {
      const route = MUTATION_ROUTES.find((r) => `${r.method} ${r.path}` === key);
      expect(route?.minRole, key).toBe(roleFor(...access));
    }
  });
});
