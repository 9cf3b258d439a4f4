import type { SignedInContext } from "@/lib/context";
import { followOf, type FollowTarget } from "@/lib/data/follows";
import { FollowForm } from "./follow-form";
import { followAction, unfollowAction } from "./server";

/** "Follow" on a state, body or recommendation page; "Following" with "Unfollow" once followed. */
export function FollowButton({ ctx, target, name }: { ctx: SignedInContext; target: FollowTarget; name: string }) {
  if (ctx.actor.id === null) return null;
  const existing = followOf(ctx.db, ctx.actor.id, target);
  return existing ? (
    <FollowForm following name={name} action={unfollowAction.bind(null, existing.id)} />
  ) : (
    <FollowForm following={false} name={name} action={followAction.bind(null, target)} />
  );
}
