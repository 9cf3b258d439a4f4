/** Zod issues as field messages for forms (`{ "field.path": [messages] }`); same shape the API returns. */
export { fieldErrorsOf as zodFieldErrors, parseInput } from "./common";
