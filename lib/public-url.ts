import { config, type AppConfig } from "./config";

/**
 * The origin of absolute links (feeds, e-mail): NEXTAUTH_URL when set; else, in a
 * request, the address the user typed; else this server on localhost.
 */
export function publicBaseUrl(req?: Request, cfg: AppConfig = config()): string {
  if (cfg.publicUrl) return cfg.publicUrl;
  if (req) return new URL(req.url).origin;
  return `http://localhost:${cfg.port}`;
}
