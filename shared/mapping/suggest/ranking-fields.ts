/**
 * The text fields each framework process is indexed under. A process's own fields (its name,
 * the names of its classic or current counterparts, its description) say what it is; the
 * context fields (the names above and below it, and a classic process it descends from only in
 * part, `lineage`) only say where it sits. A name's leading verb
 * (`Execute` in `Execute Market Problem Solution`) is its own field: it says what is done,
 * the rest of the name says to what, and the subject is what mappings follow.
 */
export const FIELDS = [
  'name',
  'action',
  'counterpart',
  'description',
  'lineage',
  'parent',
  'ancestors',
  'children',
] as const;
export type RankingField = (typeof FIELDS)[number];

/** Bit of each field in a match mask. */
export const FIELD_BIT: Readonly<Record<RankingField, number>> = {
  name: 1,
  action: 2,
  counterpart: 4,
  description: 8,
  lineage: 16,
  parent: 32,
  ancestors: 64,
  children: 128,
};

/** The bits of the process's own name (subject and leading verb). */
export const NAME_FIELDS = FIELD_BIT.name | FIELD_BIT.action;

/** The bits of the fields that describe the process itself. */
export const OWN_FIELDS = NAME_FIELDS | FIELD_BIT.counterpart | FIELD_BIT.description;
