import { exportRecommendations } from "../_lib/recommendations";

/** GET /api/export/recommendations.csv?…list filters — every row of that /recommendations view as RFC 4180 CSV. */
export const GET = exportRecommendations("csv");
export const dynamic = "force-dynamic";
