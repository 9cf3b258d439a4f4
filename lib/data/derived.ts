import { sql } from "drizzle-orm";
import type { Executor } from "../../db";

/**
 * Keeps the derived columns of `recommendations` true to their history rows.
 * Call inside the transaction that changed a response, grade, assessment,
 * reiteration link, cycle or document of the recommendation.
 *
 * "Latest" means the greatest date, then the greatest id (the later entry
 * wins a tie), ignoring archived rows; a removed (archived) reiteration link
 * links nothing.
 */
export function refreshRecommendation(tx: Executor, id: number) {
  tx.run(sql`
    UPDATE recommendations SET
      state_id = (SELECT c.state_id FROM review_cycles c WHERE c.id = recommendations.cycle_id),
      body_id = (SELECT c.body_id FROM review_cycles c WHERE c.id = recommendations.cycle_id),
      year = (
        SELECT CAST(substr(COALESCE(d.date, c.adoption_date, c.session_date, c.report_date), 1, 4) AS INTEGER)
        FROM review_cycles c LEFT JOIN documents d ON d.id = recommendations.document_id
        WHERE c.id = recommendations.cycle_id
      ),
      status = (SELECT a.status FROM assessments a WHERE a.recommendation_id = recommendations.id AND a.archived_at IS NULL
          ORDER BY a.date DESC, a.id DESC LIMIT 1),
      status_date = (SELECT a.date FROM assessments a WHERE a.recommendation_id = recommendations.id AND a.archived_at IS NULL
          ORDER BY a.date DESC, a.id DESC LIMIT 1),
      latest_stance = (SELECT r.stance FROM state_responses r WHERE r.recommendation_id = recommendations.id AND r.archived_at IS NULL
          ORDER BY r.date DESC, r.id DESC LIMIT 1),
      latest_stance_date = (SELECT r.date FROM state_responses r WHERE r.recommendation_id = recommendations.id AND r.archived_at IS NULL
          ORDER BY r.date DESC, r.id DESC LIMIT 1),
      latest_grade = (SELECT g.grade_letter FROM follow_up_grades g WHERE g.recommendation_id = recommendations.id AND g.archived_at IS NULL
          ORDER BY g.date DESC, g.id DESC LIMIT 1),
      reiterates_earlier = EXISTS (SELECT 1 FROM reiterations x WHERE x.recommendation_id = recommendations.id AND x.archived_at IS NULL),
      reiterated_later = EXISTS (SELECT 1 FROM reiterations x WHERE x.earlier_id = recommendations.id AND x.archived_at IS NULL)
    WHERE id = ${id}
  `);
  refreshChainFrom(tx, id);
}

/**
 * Recomputes "outstanding since" (the earliest year in the reiteration chain)
 * for `id` and every later recommendation that reiterates it, directly or not.
 */
export function refreshChainFrom(tx: Executor, id: number) {
  tx.run(sql`
    WITH RECURSIVE later(id) AS (
      SELECT ${id}
      UNION SELECT x.recommendation_id FROM reiterations x JOIN later ON x.earlier_id = later.id WHERE x.archived_at IS NULL
    )
    UPDATE recommendations SET chain_start_year = (
      WITH RECURSIVE earlier(id) AS (
        SELECT recommendations.id
        UNION SELECT x.earlier_id FROM reiterations x JOIN earlier ON x.recommendation_id = earlier.id WHERE x.archived_at IS NULL
      )
      SELECT MIN(r.year) FROM recommendations r JOIN earlier ON r.id = earlier.id
    )
    WHERE id IN (SELECT id FROM later)
  `);
}
