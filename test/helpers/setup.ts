// Runs before any test file imports Ink: Ink reads CI at import time and, if set
// (even empty), prints only the last frame. Snapshots must not depend on the host.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
delete process.env.NO_COLOR;
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;
process.env.LANG = "en_US.UTF-8";
process.env.FORCE_COLOR = "1";
