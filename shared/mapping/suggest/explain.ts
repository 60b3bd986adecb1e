import type { Alternative, Concept, QueryPlan } from './query-plan';
import { FIELD_BIT, NAME_FIELDS, OWN_FIELDS } from './ranking-fields';
import type { RankedDocument, RankingIndex } from './ranking-index';
import { analyzeText } from './text-analysis';

/** Why a framework process matched a query, as data. */
export interface MatchExplanation {
  /** Stems of the process's name that matched (for highlighting). */
  nameStems: Set<string>;
  /** Readable reasons, most telling first, e.g. `name matches 'order'`. */
  reasons: string[];
}

function maskIn(index: RankingIndex, stem: string, key: number): number {
  const postings = index.postings(stem);
  if (postings === undefined) return 0;
  const { docs, mask } = postings;
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = docs[mid] as number;
    if (at === key) return mask[mid] as number;
    if (at < key) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

interface Hit {
  alternative: Alternative;
  /** Per stem of the alternative, the fields it was found in. */
  masks: number[];
  strength: number;
}

/** Every alternative of a concept that `key` matches, strongest first. */
function hitsOf(index: RankingIndex, concept: Concept, key: number): Hit[] {
  const hits: Hit[] = [];
  for (const alternative of concept.alternatives) {
    const masks = alternative.stems.map((stem) => maskIn(index, stem, key));
    let strength = 0;
    alternative.stems.forEach((stem, i) => {
      // Own-field matches are what a person recognises; rank them above context ones.
      const m = masks[i] ?? 0;
      if (m !== 0) strength += index.idf(stem) * (m & OWN_FIELDS ? 2 : 1);
    });
    if (strength > 0) hits.push({ alternative, masks, strength: strength * alternative.factor });
  }
  return hits.sort((a, b) => b.strength - a.strength);
}

/**
 * The vocabulary links and typo corrections among `alternatives` as one reason each kind, the
 * links of one word together (`vocabulary: billing ~ bill / invoice, dunning ~ debt
 * collection`): listed one reason a link, a billing process read as a dozen. A link of a word to
 * itself says nothing the name or description match does not.
 */
function linkNotes(alternatives: readonly Alternative[]): string[] {
  const notes: string[] = [];
  for (const kind of ['vocabulary', 'typo'] as const) {
    const byWord = new Map<string, string[]>();
    for (const { kind: k, from, to } of alternatives) {
      if (k !== kind || from === to) continue;
      const targets = byWord.get(from) ?? [];
      if (!targets.includes(to)) targets.push(to);
      byWord.set(from, targets);
    }
    const links = [...byWord].map(([from, targets]) => `${from} ~ ${targets.join(' / ')}`);
    if (links.length > 0) notes.push(`${kind}: ${links.join(', ')}`);
  }
  return notes;
}

const quote = (text: string): string => `'${text}'`;

function wordsWithStems(text: string, stems: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const word of analyzeText(text)) {
    const original = text.slice(word.start, word.end);
    if (!word.stop && stems.has(word.stem) && !found.includes(original)) found.push(original);
  }
  return found;
}

function counterpartReasons(
  doc: RankedDocument,
  own: ReadonlySet<string>,
  partial: ReadonlySet<string>,
): string[] {
  const reasons: string[] = [];
  for (const counterpart of doc.counterparts) {
    const stems = counterpart.kind === 'classic-ancestor' ? partial : own;
    if (wordsWithStems(counterpart.name, stems).length === 0) continue;
    const named = `${quote(counterpart.name)} (${counterpart.id})`;
    if (counterpart.kind === 'current-successor') reasons.push(`current ${named} descends from it`);
    else if (counterpart.kind === 'classic-ancestor')
      reasons.push(`part of classic ${named} descends to it`);
    else if (counterpart.kind === 'classic-id-heir')
      reasons.push(`classic ${named} led to it (the id it now holds)`);
    else reasons.push(`classic ${named} descends to it`);
  }
  return reasons;
}

/** The stems of `doc`'s name that the query matched: what a result list highlights. */
export function matchedNameStems(
  index: RankingIndex,
  plan: QueryPlan,
  doc: RankedDocument,
): Set<string> {
  const stems = new Set<string>();
  for (const concept of plan.concepts) {
    for (const alternative of concept.alternatives) {
      for (const stem of alternative.stems) {
        if ((maskIn(index, stem, doc.key) & NAME_FIELDS) !== 0) stems.add(stem);
      }
    }
  }
  return stems;
}

/**
 * Explains one result: which words of its name matched, which lineage names, vocabulary
 * links, typo corrections, description words, parent and children, and a named id.
 * Reasons come in that order; each is short enough for a table cell.
 */
export function explainMatch(
  index: RankingIndex,
  plan: QueryPlan,
  doc: RankedDocument,
): MatchExplanation {
  const perConcept = plan.concepts
    .map((concept) => hitsOf(index, concept, doc.key))
    .filter((hits) => hits.length > 0);
  const hits = perConcept.flat();
  const stemsWhere = (bit: number): Set<string> => {
    const stems = new Set<string>();
    for (const hit of hits) {
      hit.alternative.stems.forEach((stem, i) => {
        if (((hit.masks[i] ?? 0) & bit) !== 0) stems.add(stem);
      });
    }
    return stems;
  };
  const nameStems = stemsWhere(NAME_FIELDS);
  const reasons: string[] = [];
  if (plan.ids.includes(doc.process.id)) reasons.push(`id ${doc.process.id}`);
  const nameWords = wordsWithStems(doc.process.name, nameStems);
  if (nameWords.length > 0) reasons.push(`name matches ${nameWords.map(quote).join(', ')}`);
  const lineage = stemsWhere(FIELD_BIT.counterpart);
  const partialLineage = new Set(
    [...stemsWhere(FIELD_BIT.lineage)].filter((stem) => !nameStems.has(stem) && !lineage.has(stem)),
  );
  reasons.push(...counterpartReasons(doc, lineage, partialLineage));
  // Per concept, the stand-ins that met the process's own text (or else the strongest one).
  const linked = perConcept.flatMap((conceptHits) => {
    const own = conceptHits.filter((hit) => hit.masks.some((m) => (m & OWN_FIELDS) !== 0));
    return (own.length > 0 ? own : conceptHits.slice(0, 1)).map((hit) => hit.alternative);
  });
  reasons.push(...linkNotes(linked));
  const described = stemsWhere(FIELD_BIT.description);
  if (doc.description !== undefined && described.size > 0) {
    const words = wordsWithStems(doc.description, described).slice(0, 3);
    reasons.push(`description mentions ${words.map(quote).join(', ')}`);
  }
  // Context matters as a reason only where the process's own text did not already say it.
  const own = new Set([...nameStems, ...lineage, ...partialLineage, ...described]);
  const only = (stems: Set<string>): Set<string> =>
    new Set([...stems].filter((stem) => !own.has(stem)));
  const above = only(stemsWhere(FIELD_BIT.parent | FIELD_BIT.ancestors));
  if (above.size > 0) {
    const ancestor = doc.catalogue
      .ancestors(doc.process.id)
      .reverse()
      .find((a) => wordsWithStems(a.name, above).length > 0);
    if (ancestor !== undefined) reasons.push(`under ${quote(ancestor.name)} (${ancestor.id})`);
  }
  const below = only(stemsWhere(FIELD_BIT.children));
  if (below.size > 0) {
    const child = doc.catalogue
      .children(doc.process.id)
      .find((c) => wordsWithStems(c.name, below).length > 0);
    if (child !== undefined) reasons.push(`includes ${quote(child.name)} (${child.id})`);
  }
  return { nameStems, reasons };
}
