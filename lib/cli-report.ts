import * as fs from "node:fs";
import * as path from "node:path";
import { AnnotationMetadataEntryType } from "./terraform-cdk";
import { ConfigError } from "./config/config-error";
import { writeFileAtomic } from "./write-file-atomic";

/**
 * Set by the cdktf CLI when it runs the app. The CLI prints everything the app writes twice
 * (live, then again under "Command output on stderr"), but it prints the error annotations of
 * the manifest once and then fails the command: cdktf's own channel for synth errors.
 */
export const CDKTF_CLI_MARKER = "CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS";

interface ManifestStack {
  synthesizedStackPath?: string;
  annotations?: { constructPath: string; level: string; message: string }[];
}

/**
 * Hands config errors to the cdktf CLI as error annotations in the last good manifest, whose
 * stacks stay as they were; the annotations also keep `cdktf deploy --skip-synth` from
 * deploying those stale stacks. Returns false (and changes nothing) when there is no complete
 * previous output to annotate: the caller then prints the errors itself.
 */
export function reportToCdktfCli(outdir: string, errors: readonly ConfigError[], hint: string): boolean {
  const manifestFile = path.join(outdir, "manifest.json");
  let manifest: { stacks?: Record<string, ManifestStack> };
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as typeof manifest;
  } catch {
    return false;
  }
  const stacks = Object.values(manifest.stacks ?? {});
  const complete = stacks.every(
    (s) => s.synthesizedStackPath !== undefined && fs.existsSync(path.join(outdir, s.synthesizedStackPath)),
  );
  if (stacks.length === 0 || !complete) return false;
  for (const stack of stacks) stack.annotations = [];
  stacks[0].annotations = [
    ...errors.map((e) => ({
      constructPath: e.file,
      level: AnnotationMetadataEntryType.ERROR,
      message: e.message.slice(e.file.length + 2),
    })),
    { constructPath: "ml-dashboard-auth", level: AnnotationMetadataEntryType.INFO, message: hint },
  ];
  writeFileAtomic(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return true;
}

/**
 * The first synth has no output to annotate. The CLI prints the app's stdout once, live, and repeats
 * it only when the app fails; so the problems go to stdout, the app succeeds without writing a
 * manifest, and the CLI fails the command because none was written. Returns false (and prints
 * nothing) when a manifest exists: an incomplete one would make the CLI fail on its missing stacks.
 */
export function reportToCdktfCliWithoutOutput(
  outdir: string,
  errors: readonly ConfigError[],
  hint: string,
  print: (line: string) => void,
): boolean {
  if (fs.existsSync(path.join(outdir, "manifest.json"))) return false;
  for (const error of errors) print(error.message);
  print(hint);
  print("(cdktf then says that no manifest.json was created: nothing was, because of the problems above.)");
  return true;
}
