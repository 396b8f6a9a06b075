import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The published sample table, as the team shares it beside the repository. */
export const SEED_PATH = fileURLToPath(
  new URL("../../../shared/seeds/000_482cb6efc95f57e9.txt", import.meta.url),
);

export function readSeed(): string {
  return readFileSync(SEED_PATH, "utf8");
}

export const seedAvailable = existsSync(SEED_PATH);
