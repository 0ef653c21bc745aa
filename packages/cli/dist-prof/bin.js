#!/usr/bin/env node
import {
  main
} from "./chunk-65XD2MY5.js";
import "./chunk-BPJ5LWTF.js";
import "./chunk-5HVIVQ3A.js";
import "./chunk-SEOI6WVD.js";

// src/bin.ts
import { readFileSync } from "fs";
var { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
if (process.argv.includes("--verbose")) process.setSourceMapsEnabled(true);
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
});
process.exitCode = await main(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    ...process.stdout.isTTY && process.stdout.columns > 0 ? { stdoutColumns: process.stdout.columns } : {},
    env: process.env,
    cwd: process.cwd()
  },
  version
);
//# sourceMappingURL=bin.js.map