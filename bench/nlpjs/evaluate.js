// NLP.js (node-nlp 4.27) as the peer of the OpenNLP triager: trains an intent classifier on the
// same corpus (nlp-models/src/main/resources/corpus/*.jsonl) and evaluates it on a labelled JSONL
// file, printing intent macro-F1 and classifications per second (compare.sh pins it to one core).
// usage: node evaluate.js FILE.jsonl   (run from bench/nlpjs, or through ../nlpjs/compare.sh)
'use strict';
const fs = require('fs');
const path = require('path');
const { NlpManager } = require('node-nlp');

const INTENTS = ['complaint', 'suggestion', 'inquiry'];
const CORPUS = path.join(__dirname, '..', '..', 'nlp-models', 'src', 'main', 'resources', 'corpus');

function readJsonl(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

// NLP.js needs a language per utterance: Chinese when the text has a Han character, else English.
function lang(text) {
  return /\p{Script=Han}/u.test(text) ? 'zh' : 'en';
}

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node evaluate.js FILE.jsonl');
    process.exit(2);
  }
  const corpus = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')).sort()
    .flatMap((f) => readJsonl(path.join(CORPUS, f)));
  const manager = new NlpManager({ languages: ['zh', 'en'], forceNER: false, autoSave: false, nlu: { log: false } });
  for (const m of corpus) {
    manager.addDocument(lang(m.text), m.text, m.intent);
  }
  const trainStart = process.hrtime.bigint();
  await manager.train();
  const trainMs = Number(process.hrtime.bigint() - trainStart) / 1e6;

  const gold = readJsonl(file);
  const predicted = [];
  for (const m of gold) {
    const r = await manager.process(lang(m.text), m.text);
    predicted.push(INTENTS.includes(r.intent) ? r.intent : 'None');
  }

  let f1Sum = 0;
  const lines = [];
  for (const intent of INTENTS) {
    let tp = 0; let p = 0; let g = 0;
    gold.forEach((m, i) => {
      tp += m.intent === intent && predicted[i] === intent ? 1 : 0;
      p += predicted[i] === intent ? 1 : 0;
      g += m.intent === intent ? 1 : 0;
    });
    const precision = p ? tp / p : 0;
    const recall = g ? tp / g : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    f1Sum += f1;
    lines.push(`  ${intent.padEnd(10)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  }

  // throughput, measured as the Java side measures it (Main.throughput): ten seconds of CPU time of
  // the process as warm-up over the file (after the pass above), then the whole file repeated for at
  // least five CPU seconds; per second of CPU time of the process (garbage collector and helper
  // threads included) and per second of wall-clock time
  const cpuNanos = () => { const u = process.cpuUsage(); return (u.user + u.system) * 1000; };
  const warmUpEnd = cpuNanos() + 10e9;
  while (cpuNanos() < warmUpEnd) {
    for (const m of gold) {
      await manager.process(lang(m.text), m.text);
    }
  }
  let calls = 0;
  const cpuStart = cpuNanos();
  const wallStart = process.hrtime.bigint();
  let cpu = 0;
  while (cpu < 5e9) {
    for (const m of gold) {
      await manager.process(lang(m.text), m.text);
    }
    calls += gold.length;
    cpu = cpuNanos() - cpuStart;
  }
  const wall = Number(process.hrtime.bigint() - wallStart);
  console.log(`NLP.js ${require('node-nlp/package.json').version}: trained on ${corpus.length} messages in ${trainMs.toFixed(0)} ms`);
  console.log(`messages: ${gold.length}`);
  console.log(`intent macro-F1: ${(f1Sum / INTENTS.length).toFixed(3)}`);
  lines.forEach((l) => console.log(l));
  console.log(`unclassified (None): ${predicted.filter((p) => p === 'None').length}`);
  console.log(`classifications per second (one core): ${Math.round(calls / (cpu / 1e9))} per second of CPU time of the process, ${Math.round(calls / (wall / 1e9))} per second of wall-clock time`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
