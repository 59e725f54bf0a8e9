// Validates `bordercoop export --format annotations` with a JSON-LD processor (jsonld.js) and the W3C Web Annotation
// context, then resolves every selector against the seed documents, independently of the .NET code that wrote them.
//
//   node validate-annotations.mjs ANNOTATIONS.jsonld DATASET.json SEEDS_DIR
//
// ANNOTATIONS.jsonld is the annotations export, DATASET.json the `export --format json` of the same data (for the
// sources' files and the record ids) and SEEDS_DIR the folder of the source documents. The context is the copy in
// this folder (anno.jsonld, see README.md): no request leaves the machine, and any other remote context is an error.
// Prints one line per finding and a summary; exits 1 when anything is wrong.
import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import jsonld from 'jsonld';

const [annotationsPath, datasetPath, seedsDir] = process.argv.slice(2);
if (!annotationsPath || !datasetPath || !seedsDir) {
  console.error('usage: node validate-annotations.mjs ANNOTATIONS.jsonld DATASET.json SEEDS_DIR');
  process.exit(2);
}

const contextUrls = new Set(['http://www.w3.org/ns/anno.jsonld', 'https://www.w3.org/ns/anno.jsonld']);
const context = JSON.parse(await readFile(new URL('./anno.jsonld', import.meta.url), 'utf8'));
const documentLoader = async (url) => {
  if (contextUrls.has(url)) {
    return { contextUrl: null, documentUrl: url, document: context };
  }
  throw new Error(`the document asks for a context this check does not hold: ${url}`);
};

const problems = [];
const problem = (text) => {
  problems.push(text);
  if (problems.length <= 20) console.log(`error: ${text}`);
};

const document = JSON.parse(await readFile(annotationsPath, 'utf8'));
if (!contextUrls.has(document['@context'])) {
  problem(`the @context is ${JSON.stringify(document['@context'])}, not the Web Annotation context`);
}

// 1. Expansion in safe mode: jsonld.js throws when a term has no mapping in the context (it would be dropped
//    silently otherwise), when a value cannot be what its term says (an id that is no IRI), and on the like.
let expanded;
try {
  expanded = await jsonld.expand(document, { documentLoader, safe: true });
} catch (error) {
  problem(`JSON-LD expansion (safe mode) failed: ${error.message}${error.details ? ' ' + JSON.stringify(error.details).slice(0, 400) : ''}`);
}

if (expanded) {
  // 2. Compacting the expansion with the same context gives the document back: every key is the context's term for
  //    what it means, and nothing was reinterpreted on the way.
  const compacted = await jsonld.compact(expanded, 'http://www.w3.org/ns/anno.jsonld', { documentLoader });
  if (!isDeepStrictEqual(compacted, document)) {
    problem(`compacting the expansion does not give the document back; first difference at ${firstDifference(document, compacted)}`);
  }

  // 3. As RDF: one oa:Annotation per annotation, each with a text quote selector.
  //    (Safe mode again: a value that would become a relative IRI, such as an unknown motivation, is an error.)
  let quads = [];
  try {
    quads = await jsonld.toRDF(document, { documentLoader, safe: true });
  } catch (error) {
    problem(`conversion to RDF (safe mode) failed: ${error.message}${error.details ? ' ' + JSON.stringify(error.details).slice(0, 400) : ''}`);
  }
  const annotationType = 'http://www.w3.org/ns/oa#Annotation';
  const typed = quads.filter((q) => q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && q.object.value === annotationType);
  const exacts = quads.filter((q) => q.predicate.value === 'http://www.w3.org/ns/oa#exact');
  const items = document.first?.items ?? [];
  if (typed.length !== items.length || typed.length !== document.total) {
    problem(`the RDF has ${typed.length} oa:Annotation(s); the document lists ${items.length} and says total ${document.total}`);
  }
  if (exacts.length !== items.length) {
    problem(`the RDF has ${exacts.length} oa:exact value(s) for ${items.length} annotation(s)`);
  }
  console.log(`json-ld: expanded in safe mode, compacted back unchanged, ${quads.length} quads, ${typed.length} oa:Annotation`);
}

// 4. The selectors, resolved in the seed documents by this script's own reading of the Web Annotation model:
//    positions count Unicode code points, end exclusive; the quote selector's prefix and suffix are the text just
//    before and after, and prefix + exact + suffix occurs once in the document. BorderCoop's own convention on top:
//    the prefix and suffix are as long as the text allows up to 32 code points (QuoteAnchor.ContextLength).
const dataset = JSON.parse(await readFile(datasetPath, 'utf8'));
const sourceByTarget = new Map();
for (const source of dataset.sources ?? []) {
  sourceByTarget.set(source.url ?? `urn:bordercoop:${source.id}`, source);
}
const recordIds = new Set(Object.values(dataset).filter(Array.isArray).flat().map((record) => record.id));
const seedText = new Map();
const codePointsOf = async (source) => {
  if (!seedText.has(source.file)) {
    seedText.set(source.file, Array.from(await readFile(path.join(seedsDir, source.file), 'utf8')));
  }
  return seedText.get(source.file);
};

const contextLength = 32;
let resolved = 0;
const citations = Object.values(dataset).filter(Array.isArray).flat().reduce((n, record) => n + countCitations(record), 0);
const items = document.first?.items ?? [];
if (items.length !== citations) {
  problem(`the annotations are ${items.length}; the dataset's citations are ${citations}`);
}
for (const item of items) {
  const where = item.id;
  const bodyId = String(item.body?.id ?? '').replace(/^urn:bordercoop:/, '');
  if (!recordIds.has(bodyId)) problem(`${where}: the body ${item.body?.id} is no record of the dataset`);
  const source = sourceByTarget.get(item.target?.source);
  if (!source) {
    problem(`${where}: the target ${item.target?.source} is no source of the dataset`);
    continue;
  }
  const selectors = [].concat(item.target.selector ?? []);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quote || !position) {
    problem(`${where}: it lacks a ${quote ? 'TextPositionSelector' : 'TextQuoteSelector'}`);
    continue;
  }
  const text = await codePointsOf(source);
  const at = text.slice(position.start, position.end).join('');
  const before = text.slice(Math.max(0, position.start - Array.from(quote.prefix).length), position.start).join('');
  const after = text.slice(position.end, position.end + Array.from(quote.suffix).length).join('');
  if (at !== quote.exact) {
    problem(`${where}: code points ${position.start}..${position.end} of ${source.file} are ${JSON.stringify(at.slice(0, 60))}, not the exact quote`);
  } else if (before !== quote.prefix || after !== quote.suffix) {
    problem(`${where}: the prefix or suffix is not the text around code points ${position.start}..${position.end} of ${source.file}`);
  } else if (Array.from(quote.prefix).length !== Math.min(contextLength, position.start)
             || Array.from(quote.suffix).length !== Math.min(contextLength, text.length - position.end)) {
    problem(`${where}: the prefix or suffix is shorter than ${contextLength} code points where the text goes on`);
  } else if (occurrences(text.join(''), quote.prefix + quote.exact + quote.suffix) !== 1) {
    problem(`${where}: prefix, exact and suffix occur more than once in ${source.file}`);
  } else {
    resolved++;
  }
}
console.log(`selectors: ${resolved} of ${items.length} annotation(s) resolve in ${seedText.size} seed document(s)`);

if (problems.length > 0) {
  console.log(`annotations: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('annotations: valid');

function countCitations(value) {
  if (Array.isArray(value)) return value.reduce((n, v) => n + countCitations(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce((n, [key, v]) => n + (key === 'citations' && Array.isArray(v) ? v.length : countCitations(v)), 0);
}

function occurrences(text, passage) {
  let count = 0;
  for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + 1)) count++;
  return count;
}

function firstDifference(expected, actual, where = '$') {
  if (isDeepStrictEqual(expected, actual)) return null;
  if (typeof expected !== 'object' || typeof actual !== 'object' || expected === null || actual === null
      || Array.isArray(expected) !== Array.isArray(actual)) {
    return `${where} (${JSON.stringify(expected)?.slice(0, 80)} became ${JSON.stringify(actual)?.slice(0, 80)})`;
  }
  for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const found = firstDifference(expected[key], actual[key], `${where}.${key}`);
    if (found) return found;
  }
  return where;
}
