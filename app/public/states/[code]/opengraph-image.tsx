import { ImageResponse } from "next/og";
import { publicContext } from "@/lib/context";
import { listPublishedStates } from "@/lib/data/public";
import { localeOf } from "@/lib/i18n/locales";
import { stateName } from "@/lib/i18n/place-names";
import { t } from "@/app/(app)/admin/_lib/messages";

const size = { width: 1200, height: 630 };
const contentType = "image/png";

/** A published state by its code, with its name in `locale`; undefined for any other. */
async function publishedState(code: string, locale: string) {
  const { db } = await publicContext();
  const s = listPublishedStates(db).find((x) => x.code === code.toUpperCase());
  return s && { ...s, name: stateName(s.code, s.name, locale) };
}

/**
 * One image per page language: its id is the language of the page that links it, so the
 * preview and its alt text read as that page does, whoever fetches the image.
 */
export async function generateImageMetadata({ params }: { params: { code: string } | Promise<{ code: string }> }) {
  const { locale } = await publicContext();
  const s = await publishedState((await params).code, locale);
  const alt = s ? t("public.ogImageAlt", { state: s.name }, locale) : t("public.name", {}, locale);
  return [{ id: locale, alt, size, contentType }];
}

/**
 * The preview a shared link shows. Drawn with next/og's bundled font: nothing is fetched.
 * An unpublished or unknown state gets the portal's name only, never its figures.
 */
export default async function Image({ params, id }: { params: Promise<{ code: string }>; id: Promise<string> }) {
  const locale = localeOf(await id) ?? (await publicContext()).locale;
  const s = await publishedState((await params).code, locale);
  const portal = t("public.name", {}, locale);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#1f3a5f",
        color: "#ffffff",
      }}
    >
      <div style={{ fontSize: 32, opacity: 0.8 }}>
        {t("admin.portal.ogImageHeader", { app: t("app.name", {}, locale), portal }, locale)}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 88, fontWeight: 700 }}>{s?.name ?? portal}</div>
        {s && (
          <div style={{ fontSize: 44, marginTop: 16 }}>
            {t(
              "admin.portal.ogImageFigures",
              {
                recommendations: t("public.stateRecommendationsCount", { count: s.total }, locale),
                outstanding: t("public.outstandingCount", { count: s.outstanding }, locale),
              },
              locale,
            )}
          </div>
        )}
      </div>
      <div style={{ fontSize: 28, opacity: 0.8 }}>{t("public.title", {}, locale)}</div>
    </div>,
    size,
  );
}
