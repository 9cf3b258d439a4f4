import { item } from "@/lib/api/resources";
import { getRecommendationStory } from "@/lib/data/recommendation-story";
import { updateRecommendation } from "@/lib/data/recommendations-write";
import { recommendationUpdateSchema } from "@/lib/validation/recommendations";

/** GET: the recommendation with its responses, grades, assessments, evidence and reiteration chain. PATCH with `version`. */
const routes = item({
  policy: "recommendation",
  label: "recommendation",
  get: getRecommendationStory,
  body: recommendationUpdateSchema,
  update: updateRecommendation,
});
export const GET = routes.GET;
export const PATCH = routes.PATCH;
