import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

describe(".env.example", () => {
  it("lists every variable of the README's configuration table", () => {
    const section = read("README.md").split("## Configuration")[1].split("\n## ")[0];
    const documented = [...section.matchAll(/^\| (`[A-Z_]+`(?:, `[A-Z_]+`)*) \|/gm)].flatMap((m) =>
      [...m[1].matchAll(/`([A-Z_]+)`/g)].map((v) => v[1]),
    );
    const listed = [...read(".env.example").matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(5);
    expect(listed.sort()).toEqual([...new Set(documented)].sort());
  });
});
