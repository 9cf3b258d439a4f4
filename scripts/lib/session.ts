/**
 * A signed-in session for the measuring scripts (scripts/loadtest.ts, scripts/measure-upload.ts):
 * next-auth's credentials sign-in done with fetch, and the cookies it sets kept in a jar.
 */
export type Session = { cookie: () => string };

/** Only loopback addresses: these scripts measure your own server, never someone else's. */
export function loopbackBase(url: string): string {
  const base = url.replace(/\/+$/, "");
  const host = new URL(base).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`--url must be a loopback address, not ${host}.`);
  }
  return base;
}

export async function signIn(base: string, email: string, password: string): Promise<Session> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`Sign-in failed (HTTP ${res.status}).`);
  return { cookie };
}
