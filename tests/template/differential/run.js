const { renderRecursively } = require('./template');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(process.argv[2]));
const cases = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean);
for (const c of cases) {
  let out;
  try { const v = renderRecursively(ctx, JSON.parse(c)); out = v === undefined ? 'undefined' : JSON.stringify(v); }
  catch (e) { out = 'error: ' + e.message; }
  console.log(out);
}
