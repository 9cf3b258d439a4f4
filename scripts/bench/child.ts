import { spawn } from "node:child_process";
import path from "node:path";

/**
 * Runs `scripts/bench/<script> --child <mode>` in a fresh Node process (react-server
 * condition, tsx) and resolves with the JSON object it prints as its last line — so a
 * measurement's peak memory is that process's alone. Used by the export and import sections.
 */
export function runBenchChild<T>(script: string, mode: string, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        path.join(process.cwd(), "scripts", "bench", script),
        "--child",
        mode,
      ],
      {
        env,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = stdout.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !line.startsWith("{"))
        return reject(new Error(`${script} child (${mode}) exited with ${code}: ${stdout}`));
      resolve(JSON.parse(line) as T);
    });
  });
}
