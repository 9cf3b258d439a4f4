export * from "./enums";
export * from "./reference";
export * from "./users";
export * from "./recommendations";
export * from "./follow-up";
export * from "./audit";
export * from "./suggestions";
