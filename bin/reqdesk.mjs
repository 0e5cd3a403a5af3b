#!/usr/bin/env node
// The `reqdesk` command: runs the CLI from its TypeScript source under plain Node.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
