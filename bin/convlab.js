#!/usr/bin/env node
// The bundle is built by `npm install` (prepare) and `npm start` (prestart).
import "../dist/convlab.js";
