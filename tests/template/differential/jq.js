// Shim for lib/jq.js: Port's filter preparation (PORT-SPEC §5.0 rule 4) + the jq 1.6 CLI instead of the native binding (first output).
const { spawnSync } = require('child_process');
const formatFilter = (filter) => {
  let f = filter.replace(/(^|\s)'(?!\s|")|(?<!\s|")'(\s|$)/g, '$1"$2');
  return `def env: {}; {} as $ENV | ${f}`;
};
const exec = (object, filter) => {
  const r = spawnSync('jq', ['-c', formatFilter(filter)], { input: JSON.stringify(object), env: {} });
  const lines = r.stdout.toString().split('\n').filter((l) => l.length);
  if (lines.length) return JSON.parse(lines[0]);
  if (r.status !== 0) return null;
  return undefined;
};
module.exports = { exec };
