/**
 * State names as sources write them → ISO 3166-1 alpha-3. i18n-iso-countries
 * knows the ISO short names and common variants; the alias table adds the UN
 * protocol spellings (UHRI, OHCHR lists) and UPR Info's abbreviations
 * ("Macedonia FYR", "St Lucia", "DPR Korea") that it misses. Russian names
 * ("Россия", "Казахстан") are known too: staff keep their own lists in Russian.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ru from "i18n-iso-countries/langs/ru.json";

countries.registerLocale(en);
countries.registerLocale(ru);

const ALIASES: Record<string, string> = {
  "holy see": "VAT",
  "state of palestine": "PSE",
  palestine: "PSE",
  "iran (islamic republic of)": "IRN",
  "bolivia (plurinational state of)": "BOL",
  "plurinational state of bolivia": "BOL",
  "bolivarian republic of venezuela": "VEN",
  "islamic republic of iran": "IRN",
  "venezuela (bolivarian republic of)": "VEN",
  "micronesia (federated states of)": "FSM",
  micronesia: "FSM",
  "republic of korea": "KOR",
  "democratic people's republic of korea": "PRK",
  "dpr korea": "PRK",
  "republic of moldova": "MDA",
  moldova: "MDA",
  "lao people's democratic republic": "LAO",
  laos: "LAO",
  "syrian arab republic": "SYR",
  syria: "SYR",
  "viet nam": "VNM",
  "united republic of tanzania": "TZA",
  "democratic republic of the congo": "COD",
  "democratic republic of congo": "COD",
  "dr congo": "COD",
  congo: "COG",
  "republic of congo": "COG",
  "republic of the congo": "COG",
  "the former yugoslav republic of macedonia": "MKD",
  "macedonia fyr": "MKD",
  "north macedonia": "MKD",
  "republic of north macedonia": "MKD",
  swaziland: "SWZ",
  eswatini: "SWZ",
  "guinea bissau": "GNB",
  "cabo verde": "CPV",
  "cape verde": "CPV",
  "côte d'ivoire": "CIV",
  "cote d'ivoire": "CIV",
  "ivory coast": "CIV",
  türkiye: "TUR",
  turkiye: "TUR",
  turkey: "TUR",
  czechia: "CZE",
  "czech republic": "CZE",
  "russian federation": "RUS",
  "united kingdom of great britain and northern ireland": "GBR",
  "united kingdom": "GBR",
  uk: "GBR",
  "united states of america": "USA",
  "united states": "USA",
  usa: "USA",
  "netherlands (kingdom of the)": "NLD",
  "kingdom of the netherlands": "NLD",
  "brunei darussalam": "BRN",
  "timor-leste": "TLS",
  "east timor": "TLS",
  "sao tome and principe": "STP",
  "saint kitts and nevis": "KNA",
  "saint lucia": "LCA",
  "saint vincent and the grenadines": "VCT",
  "antigua and barbuda": "ATG",
  "bosnia and herzegovina": "BIH",
  "trinidad and tobago": "TTO",
  myanmar: "MMR",
  burma: "MMR",
  "gambia (republic of the)": "GMB",
  "the gambia": "GMB",
  "bahamas (the)": "BHS",
  "the bahamas": "BHS",
};

const byName = new Map<string, string>();
/** Typos such as "Bolivia (Plurinational S tate of)" (China 2013 list) still match once spaces are ignored. */
const ALIASES_WITHOUT_SPACES = new Map(Object.entries(ALIASES).map(([name, code]) => [name.replace(/\s+/g, ""), code]));

/** HTML entities such as "&#40;" occur in UPR Info cells; "&" and "St" are UPR Info shorthand. */
export function normaliseStateName(name: string): string {
  return name
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/\s*&\s*/g, " and ")
    .replace(/^st\.? /, "saint ");
}

/** Alpha-3 for a State name, or null when neither the ISO list nor the alias table knows it. */
export function stateCodeFor(name: string): string | null {
  const key = name.trim();
  if (!key) return null;
  const cached = byName.get(key);
  if (cached !== undefined) return cached || null;
  const normal = normaliseStateName(key);
  const code =
    ALIASES[normal] ??
    countries.getAlpha3Code(key, "en") ??
    countries.getAlpha3Code(normal, "en") ??
    countries.getAlpha3Code(key, "ru") ??
    ALIASES_WITHOUT_SPACES.get(normal.replace(/\s+/g, "")) ??
    (/^[A-Z]{3}$/.test(key) && countries.isValid(key) ? key : undefined) ??
    null;
  byName.set(key, code ?? "");
  return code;
}

/** The English ISO short name for a code, used when a source gives only the code. */
export function stateNameFor(code: string): string | null {
  return countries.getName(code, "en") ?? null;
}
