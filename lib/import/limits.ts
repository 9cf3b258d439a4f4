/**
 * Caps that keep a hostile or broken file from exhausting memory or time.
 * The largest real file (UPR Info 14-17.csv) is 2.3 MB and the largest OHCHR
 * document.xml 1.9 MB, so these leave an order of magnitude of headroom.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** The longest real UPR Info text is ~1,800 characters; a whole CO paragraph rarely passes 5,000. */
export const MAX_CELL_CHARS = 20_000;
/** A record (all its cells) longer than this is refused before it is even split into cells. */
export const MAX_RECORD_CHARS = 200_000;
/**
 * Any single inflated part of a .docx / .xlsx. The biggest real part (an OHCHR document.xml)
 * is 1.9 MB; a 90 MB one took 16 s and 2.7 GB of memory to parse, so the cap sits well below.
 */
export const MAX_ZIP_ENTRY_BYTES = 16 * 1024 * 1024;
/** All inflated parts together, counted as they inflate (lib/import/zip.ts). */
export const MAX_ZIP_TOTAL_BYTES = 32 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2_000;
export const MAX_ROWS = 500_000;
/** After this many problems the report stops listing more (the wizard cannot show 40,000 lines either). */
export const MAX_ISSUES = 1_000;
