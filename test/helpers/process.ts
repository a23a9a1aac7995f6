import { spawn } from "node:child_process";

/**
 * Runs a program to its end and answers its exit code and output (stdout and stderr together).
 * Rejects with `missing` when the program is not installed, and kills it after `timeoutMs`.
 */
export function runProgram(
  command: string,
  args: readonly string[],
  timeoutMs: number,
  missing: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${command} timed out after ${timeoutMs} ms: ${command} ${args.join(" ")}\n${output}`));
    }, timeoutMs);
    child.on("error", (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(err.code === "ENOENT" ? new Error(missing) : err);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
