#!/usr/bin/env node
// The `hankehaku` command: runs cli.ts through tsx, so no build step is needed.
import { register } from "tsx/esm/api";

register();
await import("../app/cli.ts");
