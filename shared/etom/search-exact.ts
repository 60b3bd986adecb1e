import { analyzeText } from '../mapping/suggest/text-analysis';

/**
 * How far a name holds the query's words as typed where stemming would let other forms match:
 * `billing` finds "Bill Inquiry" and "Billing Account" alike (one stem), and a list ranks the
 * name with "Billing" first. Returns, for a name, the share of the query's ranked words whose
 * stem is shorter than the word and which the name has word for word (case, accents and
 * plurals aside); null when no word of the query is stemmed (no name can gain).
 */
export function exactForms(query: string): ((name: string) => number) | null {
  const words = analyzeText(query).filter((word) => !word.stop);
  const stemmed = words.filter((word) => word.stem !== word.surface).map((word) => word.surface);
  if (stemmed.length === 0) return null;
  return (name) => {
    const inName = new Set(analyzeText(name).map((word) => word.surface));
    return stemmed.filter((surface) => inName.has(surface)).length / words.length;
  };
}
