/**
 * PUBLIC_PORTAL=0 turns the public portal off (lib/config.ts): its pages and the sitemap answer
 * 404 while the workspace still runs. On a server of its own, started with the flag off, so the
 * shared server keeps its portal.
 */
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { ownDatabaseDir, request, startOwnServer, stopOwnServer, type OwnServer } from "./support/own-server";

let server: OwnServer | null = null;
let dir = "";
test.afterEach(async () => {
  if (server) await stopOwnServer(server);
  server = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

test("with PUBLIC_PORTAL=0 the portal's pages and the sitemap answer 404", async () => {
  test.setTimeout(180_000);
  dir = ownDatabaseDir();
  server = await startOwnServer(dir, { PUBLIC_PORTAL: "0" });
  expect((await request(`${server.url}/api/health`)).status).toBe(200);
  for (const page of ["/public", "/public/recommendations", "/public/states/KAZ", "/sitemap.xml"]) {
    expect((await request(`${server.url}${page}`)).status, page).toBe(404);
  }
});
