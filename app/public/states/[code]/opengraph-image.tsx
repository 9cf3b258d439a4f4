import { ImageResponse } from "next/og";
import { publicContext } from "@/lib/context";
import { listPublishedStates } from "@/lib/data/public";
import { t } from "@/lib/i18n/messages";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = t("public.name");

/**
 * The preview a shared link shows. Drawn with next/og's bundled font: nothing is fetched.
 * An unpublished or unknown state gets the portal's name only, never its figures.
 */
export default async function Image({ params }: { params: Promise<{ code: string }> }) {
  const { db } = await publicContext();
  const code = (await params).code.toUpperCase();
  const s = listPublishedStates(db).find((x) => x.code === code);
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
      <div style={{ fontSize: 32, opacity: 0.8 }}>{`${t("app.name")} · ${t("public.name")}`}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 88, fontWeight: 700 }}>{s?.name ?? t("public.name")}</div>
        {s && (
          <div style={{ fontSize: 44, marginTop: 16 }}>
            {`${t("public.stateRecommendationsCount", { count: s.total })} · ${t("public.outstandingCount", { count: s.outstanding })}`}
          </div>
        )}
      </div>
      <div style={{ fontSize: 28, opacity: 0.8 }}>{t("public.title")}</div>
    </div>,
    size,
  );
}
