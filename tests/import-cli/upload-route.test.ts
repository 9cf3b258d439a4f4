/**
 * The wizard's upload route: the body is counted as it streams (cut off at the limit with or
 * without Content-Length), a file that would inflate past the caps is refused at once and not
 * kept, an accepted file is parsed once and the result stored for the review page, and a
 * cross-site or `Origin: null` upload is a 403, never a 500.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as UploadRoute from "@/app/(app)/import/upload/route";
import type * as UploadStore from "@/lib/uploads/store";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upload-route-"));

vi.mock("@/lib/context", () => ({
  actionContext: async () => ({ actor: { id: 7, email: "ed@example.org", name: "Ed", role: "editor" } }),
}));

let route: typeof UploadRoute;
let store: typeof UploadStore;

beforeAll(async () => {
  vi.stubEnv("DATABASE_PATH", path.join(dir, "tracker.db"));
  vi.resetModules();
  route = await import("@/app/(app)/import/upload/route");
  store = await import("@/lib/uploads/store");
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

const stored = () => (fs.existsSync(path.join(dir, "imports")) ? fs.readdirSync(path.join(dir, "imports")) : []);

function upload(file: Blob, name: string, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new File([file], name));
  return route.POST(
    new Request("http://localhost/import/upload", {
      method: "POST",
      body: form,
      headers: { host: "localhost", origin: "http://localhost", ...headers },
    }) as never,
  );
}

async function docx(documentXml: string) {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("word/document.xml", documentXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("upload route", () => {
  // How fast the refusal comes is measured by `npm run measure:upload` (docs/benchmarks.md), not here.
  it("refuses a small .docx that would inflate past the cap, and keeps nothing", async () => {
    const bomb = await docx(`<w:document>${"a".repeat(40 * 1024 * 1024)}</w:document>`);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const res = await upload(new Blob([new Uint8Array(bomb)]), "list.docx");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/import?error=inflated");
    expect(stored()).toEqual([]);
  });

  it("says an empty file is empty, not that no file was chosen", async () => {
    const res = await upload(new Blob([]), "empty.csv");
    expect(res.headers.get("location")).toBe("/import?error=emptyFile");
    expect(stored()).toEqual([]);
  });

  it("parses an accepted file once and keeps the result beside it for the review page", async () => {
    const csv = "Recommendation,State under Review,Session\nAdopt a law,Kazakhstan,7\n";
    const res = await upload(new Blob([csv]), "upr.csv");
    const id = new URL(res.headers.get("location")!, "http://x").searchParams.get("upload")!;
    expect(id).toMatch(/^[a-f0-9]{32}$/);
    // The proxy leaves this route alone, so it sends the security headers itself.
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(stored().sort()).toEqual([`${id}.json`, `${id}.parsed.json`, `${id}.upload`].sort());
    const parsed = store.loadParsed(id, 7);
    expect(parsed?.encoding).toBeTruthy();
    expect(store.loadParsed(id, 8)).toBeNull();
    store.deleteUpload(id);
    expect(stored()).toEqual([]);
  });

  it("cuts a body off at the limit when no Content-Length is sent", async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(97);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(
          new TextEncoder().encode('--X\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n\r\n'),
        );
      },
      pull(c) {
        // Far past the 50 MB limit if nobody stopped reading.
        if (sent > 80) return c.close();
        sent++;
        c.enqueue(chunk);
      },
    });
    const res = await route.POST(
      new Request("http://localhost/import/upload", {
        method: "POST",
        body,
        duplex: "half",
        headers: { host: "localhost", "content-type": "multipart/form-data; boundary=X" },
      } as RequestInit) as never,
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/import\?error=tooBig/);
    expect(sent).toBeLessThan(60);
    expect(stored()).toEqual([]);
  });

  it("answers 403 JSON to a cross-site or Origin: null upload", async () => {
    for (const origin of ["null", "https://evil.example", "::"]) {
      const res = await upload(new Blob(["x"]), "a.csv", { origin });
      expect(res.status).toBe(403);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await res.json()).toMatchObject({ error: { code: "forbidden" } });
    }
    expect(stored()).toEqual([]);
  });

  it("keeps at most five waiting uploads per user, removing that user's oldest", () => {
    const ids = Array.from({ length: 7 }, (_, i) => store.saveUpload(9, `f${i}.csv`, null, Buffer.from("x")));
    const mine = ids.filter((id) => store.loadUpload(id, 9));
    expect(mine).toEqual(ids.slice(2));
    for (const id of ids) store.deleteUpload(id);
  });
});
