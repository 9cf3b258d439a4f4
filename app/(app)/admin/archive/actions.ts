"use server";

import { revalidatePath } from "next/cache";
import type { Access } from "@/lib/auth/policy";
import { binRestorePolicy, restoreArchived, type BinKind } from "@/lib/data/archive-bin";
import { t } from "@/lib/i18n/messages";
import { versionOnly } from "@/lib/validation/common";
import type { ActionState } from "@/app/_lib/action-state";
import { validatedAction } from "@/app/_lib/validated-action";

/** Restore from the bin: the record's own restore rule, version check and audit entry (lib/data/archive-bin.ts). */
export const restoreArchivedAction = validatedAction(
  {
    access: (kind: BinKind, _id: number) => [binRestorePolicy(kind), "restore"] as Access,
    schema: versionOnly,
  },
  (data, { db, actor }, kind, id): ActionState => {
    restoreArchived(db, actor, kind, id, data);
    revalidatePath("/admin/archive");
    revalidatePath("/");
    return { status: "success", message: t("bin.restored", { what: t(`bin.kind.${kind}`) }) };
  },
);
