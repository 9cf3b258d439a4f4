import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "../context";
import { catalogues } from "./catalogue";

/** next-intl's view of a request: its language by the tracker's rule, and that language's catalogue. */
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: catalogues[locale], timeZone: "UTC" };
});
