// Preloaded with `node --import` in a benchmarked child process: writes the process's peak
// resident set size (kilobytes) and its CPU time (user and system, microseconds), from
// process.resourceUsage, as JSON to the file named by SVA_USAGE_FILE at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.SVA_USAGE_FILE;
  if (!file) return;
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ maxRSS, cpu: userCPUTime + systemCPUTime }));
});
