/**
 * Placeholders shown while a page's data loads (the `loading.tsx` files): shaped like the page
 * they stand for, so nothing jumps when it arrives, and announced once to screen readers.
 */
export function PageSkeleton({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label={label}
      data-testid="page-loading"
      data-page-loading=""
      className="space-y-6"
    >
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="space-y-6">
        {children}
      </div>
    </div>
  );
}

/** A grey bar of the given size (Tailwind classes). */
export function Bone({ className }: { className: string }) {
  return <div className={`animate-pulse rounded-md bg-slate-200/70 ${className}`} />;
}

/** A white card with a title bar and `lines` bars of text. */
export function CardBones({ lines = 3, tall = false }: { lines?: number; tall?: boolean }) {
  return (
    <div className="min-w-0 space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <Bone className="h-5 w-40" />
      {tall && <Bone className="h-48 w-full" />}
      {Array.from({ length: lines }, (_, i) => (
        <Bone key={i} className={`h-4 ${i === lines - 1 ? "w-2/3" : "w-full"}`} />
      ))}
    </div>
  );
}
