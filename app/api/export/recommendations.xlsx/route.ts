import { exportRecommendations } from "../_lib/recommendations";

/** GET /api/export/recommendations.xlsx?…list filters — every row of that /recommendations view as an Excel workbook. */
export const GET = exportRecommendations("xlsx");
export const dynamic = "force-dynamic";
