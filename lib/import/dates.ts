/**
 * Dates as import sources write them → ISO (possibly partial). Excel stores
 * dates as serial day numbers counted from 1899-12-30 (the 1900 leap-year bug
 * folded in), which is what a UHRI .xlsx cell or its CSV copy may hold.
 */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function isoDateFrom(raw: string): string | null | undefined {
  const value = raw.trim();
  if (!value) return null;
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(value);
  if (m) return valid(Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  // UN documents write day first (9/8/2016 is 9 August 2016).
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{4,5}(\.\d+)?$/.test(value)) {
    const date = new Date(EXCEL_EPOCH + Math.floor(Number(value)) * DAY);
    return date.toISOString().slice(0, 10);
  }
  return undefined;
}

function valid(y: number, m: number | null, d: number | null): string | undefined {
  if (y < 1945 || y > 2100) return undefined;
  if (m === null) return String(y);
  if (m < 1 || m > 12) return undefined;
  const mm = String(m).padStart(2, "0");
  if (d === null) return `${y}-${mm}`;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return undefined;
  return `${y}-${mm}-${String(d).padStart(2, "0")}`;
}

export const yearOf = (iso: string | null | undefined) => (iso ? Number(iso.slice(0, 4)) : null);
