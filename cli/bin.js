#!/usr/bin/env node
// Entry for an installed `communique` bin: runs the TypeScript CLI through tsx.
require('tsx/cjs');
require('./main.ts').runCli();
