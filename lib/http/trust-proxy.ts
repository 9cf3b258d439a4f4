/**
 * TRUST_PROXY (README "Configuration"): whether X-Forwarded-Host, -Proto and -For come from a
 * reverse proxy of ours. The same spellings lib/config.ts accepts for a flag; pure, so proxy.ts
 * can read it without loading the configuration module.
 */
export const trustsProxy = (env: Record<string, string | undefined> = process.env) =>
  ["1", "true", "yes", "on"].includes((env.TRUST_PROXY ?? "").trim().toLowerCase());
