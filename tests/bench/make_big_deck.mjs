// make_big_deck.mjs: writes a large deck (default 20,000 cards) as tab-separated text,
// for the large-deck test and benchmark. Deterministic: same size, same text.
//   usage: node tests/bench/make_big_deck.mjs [cards] > big.tsv
const count = Number(process.argv[2] || 20000);
const words = ('customer relationship management loyalty retention churn lifetime value acquisition ' +
  'conversion advocacy touchpoint segment campaign profile journey satisfaction service support ' +
  'analytics pipeline prospect referral equity brand experience channel feedback survey').split(' ');
let seed = 12345;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (n) => Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ');
const lines = [];
for (let i = 1; i <= count; i++) {
  const term = `${pick(1 + Math.floor(next() * 3))} ${i}`;
  const definition = pick(4 + Math.floor(next() * 40));
  lines.push(`${term}\t${definition}`);
}
export const bigDeckText = lines.join('\n') + '\n';
if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(bigDeckText);
