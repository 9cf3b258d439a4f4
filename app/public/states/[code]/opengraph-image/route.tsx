import { ImageResponse } from "next/og";
import { handler } from "@/lib/api/handler";
import { config } from "@/lib/config";
import { listPublishedStates } from "@/lib/data/public";
import { AppError } from "@/lib/errors";
import { stateName } from "@/lib/i18n/place-names";
import { t } from "@/lib/i18n/messages";

const OG_IMAGE_SIZE = { width: 1200, height: 630 };

/**
 * GET /public/states/KAZ/opengraph-image[?lang=ru] — the preview a shared link shows, in the
 * language of the page that links it (its og:image names ?lang=, the rule files follow). A route
 * rather than an opengraph-image file, whose alt text is fixed at build time, in one language.
 * Drawn with next/og's bundled font (it has Cyrillic): nothing is fetched. An unpublished or
 * unknown state gets the portal's name only, never its figures.
 */
export const GET = handler<{ code: string }>({}, ({ db, params }) => {
  if (!config().publicPortal) throw new AppError("not_found", t("admin.portal.off"), 404);
  const found = listPublishedStates(db).find((x) => x.code === params.code.toUpperCase());
  const s = found && { ...found, name: stateName(found.code, found.name) };
  const portal = t("public.name");
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
        {t("admin.portal.ogImageHeader", { app: t("app.name"), portal })}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 88, fontWeight: 700 }}>{s?.name ?? portal}</div>
        {s && (
          <div style={{ fontSize: 44, marginTop: 16 }}>
            {t("admin.portal.ogImageFigures", {
              recommendations: t("public.stateRecommendationsCount", { count: s.total }),
              outstanding: t("public.outstandingCount", { count: s.outstanding }),
            })}
          </div>
        )}
      </div>
      <div style={{ fontSize: 28, opacity: 0.8 }}>{t("public.title")}</div>
    </div>,
    OG_IMAGE_SIZE,
  );
});
export const dynamic = "force-dynamic";
