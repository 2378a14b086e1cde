// An independent check of the renderer's output with jsonld.js, offline: expands each file with the
// schema.org context from shared/oracles (safe mode: a term the context does not define is an error)
// and reports every type or property IRI that is not a term of the schema.org vocabulary.
//
//   ./mvnw -q -pl renderers/jsonld -am verify -Djobdesc.jsonld.export=/tmp/jsonld-out
//   npm install --prefix /tmp/jsonld-check --ignore-scripts jsonld@9.0.0
//   NODE_PATH=/tmp/jsonld-check/node_modules node renderers/jsonld/src/test/node/expand-check.js \
//     ../shared/oracles/schemaorg-30.0/schemaorgcontext.jsonld \
//     renderers/jsonld/src/test/resources/schemaorg-30.0/schemaorg-current-https.jsonld /tmp/jsonld-out/*.jsonld
//
// Exit status 0: every term is in the vocabulary; 1: some are not (listed); 2: a file did not expand.
const fs = require('fs');
const jsonld = require('jsonld');

const [contextFile, vocabularyFile, ...files] = process.argv.slice(2);
const context = JSON.parse(fs.readFileSync(contextFile, 'utf8'));
// The context's @vocab is http://schema.org/; the vocabulary file names its terms schema:X.
const vocabulary = new Set(
  JSON.parse(fs.readFileSync(vocabularyFile, 'utf8'))['@graph'].map((term) => term['@id'].replace(/^schema:/, 'http://schema.org/')));

const documentLoader = async (url) => {
  if (url.replace(/^http:/, 'https:').replace(/\/$/, '') === 'https://schema.org') {
    return { contextUrl: null, documentUrl: url, document: context };
  }
  throw new Error(`offline: will not load ${url}`);
};

function unknownTerms(node, found) {
  if (Array.isArray(node)) {
    node.forEach((element) => unknownTerms(element, found));
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '@type') {
        [].concat(value).filter((type) => !vocabulary.has(type)).forEach((type) => found.push(`type ${type}`));
      } else {
        if (!key.startsWith('@') && !vocabulary.has(key)) {
          found.push(`property ${key}`);
        }
        unknownTerms(value, found);
      }
    }
  }
  return found;
}

(async () => {
  let unknown = 0;
  for (const file of files) {
    const expanded = await jsonld.expand(JSON.parse(fs.readFileSync(file, 'utf8')), { documentLoader, safe: true });
    for (const term of unknownTerms(expanded, [])) {
      unknown++;
      console.log(`${file}: ${term}`);
    }
  }
  console.log(`${files.length} files expanded, ${unknown} terms not in the vocabulary`);
  process.exit(unknown === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error.message);
  process.exit(2);
});
