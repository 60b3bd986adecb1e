/**
 * A small, conservative English stemmer for ranking: `billing` and `bill`, `activation` and
 * `activate`, `provisioning` and `provision`, `settlement` and `settle` meet on one stem.
 * It runs after `normalizeTerm` (folded case, plurals stripped) and is only ever compared
 * with itself, so a stem need not be a word (`servic`). British spellings are folded to the
 * American ones the framework uses (`catalogue` -> `catalog`, `organisation` ->
 * `organization`) first. Short words, numbers and acronyms are left alone.
 */

/** Whole words spelled the British way, and the framework's spelling. */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['catalogue', 'catalog'],
  ['cataloguing', 'cataloging'],
  ['centre', 'center'],
  ['programme', 'program'],
  ['fulfilment', 'fulfillment'],
  ['licence', 'license'],
  ['behaviour', 'behavior'],
  ['labour', 'labor'],
  ['enrol', 'enroll'],
  ['enrolment', 'enrollment'],
  ['cheque', 'check'],
]);

/**
 * Words left whole: commissioning (accepting built infrastructure) is not about commissions,
 * performance (how well) is not the verb perform (do) that starts many process names, and
 * production (of bills) is not a product.
 */
const AS_IS = new Set(['commissioning', 'performance', 'production']);

/** `-ise`, `-ising`, `-isation`... spelled with a z, as the framework does. */
const BRITISH_ISE = /(?<=[a-z]{3})is(e|ed|ing|ation)$/;
/** Words that end in -ise in American English too: never rewritten. */
const ISE_WORDS = new Set([
  'advertise',
  'advise',
  'comprise',
  'compromise',
  'devise',
  'enterprise',
  'exercise',
  'expertise',
  'franchise',
  'merchandise',
  'premise',
  'promise',
  'revise',
  'supervise',
  'surprise',
  'televise',
]);

const VOWEL = /[aeiouy]/;

function americanSpelling(term: string): string {
  const known = SPELLINGS.get(term);
  if (known !== undefined) return known;
  if (/(?<=[a-z]{3})ys(e|ed|ing)$/.test(term)) return term.replace(/ys(e|ed|ing)$/, 'yz$1');
  if (BRITISH_ISE.test(term) && !ISE_WORDS.has(term.replace(/(ed|ing|ation)$/, 'e'))) {
    return term.replace(BRITISH_ISE, 'iz$1');
  }
  return term;
}

/** Drops `-ing` / `-ed`; `planning` -> `plan`, `updated` -> `update`, `billing` -> `bill`. */
function stripVerbEnding(term: string): string {
  const match = /(ing|ed)$/.exec(term);
  if (match === null) return term;
  const stem = term.slice(0, -match[0].length);
  if (stem.length < 3 || !VOWEL.test(stem)) return term;
  // A doubled final consonant was added for the ending (plan -> planning), except l, s, z.
  if (/([^aeiouylsz])\1$/.test(stem)) return stem.slice(0, -1);
  // The silent e the ending replaced (update -> updated, enable -> enabled, organize).
  if (/(at|bl|iz)$/.test(stem)) return `${stem}e`;
  return stem;
}

/** Noun-forming endings and the shortest stem each may leave. */
const NOUN_ENDINGS: ReadonlyArray<readonly [suffix: string, minStem: number]> = [
  ['ation', 3],
  ['ition', 3],
  ['ment', 4],
  ['ance', 4],
  ['ence', 4],
  ['ion', 3],
  ['ate', 3],
];
/** Words whose ending is not a suffix worth stripping (commission is not commissioning). */
const KEEP_WHOLE = new Set(['commission', 'mission', 'permission']);

/** Drops noun-forming endings, twice at most: `implementation` -> `implement` -> `imple`. */
function stripNounEndings(term: string): string {
  let stem = term;
  for (let round = 0; round < 2 && !KEEP_WHOLE.has(stem); round += 1) {
    const rule = NOUN_ENDINGS.find(
      ([suffix, minStem]) => stem.endsWith(suffix) && stem.length - suffix.length >= minStem,
    );
    if (rule === undefined) break;
    stem = stem.slice(0, -rule[0].length);
  }
  return stem;
}

/**
 * The ranking stem of a normalised term (see `normalizeTerm`). Terms of three letters or
 * fewer and terms with digits come back unchanged.
 */
export function stemTerm(term: string): string {
  if (term.length <= 3 || /[^a-z]/.test(term)) return term;
  if (AS_IS.has(term)) return term;
  let stem = americanSpelling(term);
  // `analysis` arrives as `analysi` (its s read as a plural): meet `analyze` instead.
  if (stem.endsWith('ysi')) return `${stem.slice(0, -3)}yz`;
  stem = stripVerbEnding(stem);
  stem = stripNounEndings(stem);
  // `delivery` meets `deliver`, `recovery` meets `recover`.
  if (stem.length >= 7 && stem.endsWith('ery')) stem = stem.slice(0, -1);
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}
