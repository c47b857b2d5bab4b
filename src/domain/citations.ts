import type { Offense, Pack } from './pack-schema';

/** How a charge as written on a record resolved against a pack's catalogue. */
export type CitationMatch =
  | { kind: 'found'; offense: Offense; note?: string }
  | { kind: 'unknown'; reason: string }
  | { kind: 'ambiguous'; reason: string; candidates: Offense[] };

/** Lower-case, drop section signs, dots and commas, collapse spaces. "Cal. Penal Code § 647(b)" → "cal penal code 647(b)". */
export function normaliseCitation(raw: string): string {
  return raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/§+/g, ' ')
    .replace(/\b(?:sections?|secs?|subd|subdivision)\b\.?/g, ' ')
    .replace(/\s*\(\s*/g, '(')
    .replace(/\s*\)\s*/g, ') ')
    .replace(/(\d)\s*-\s*([a-z])\b/g, '$1-$2')
    .replace(/[.,;:](?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s+\(/g, '(');
}

/** A section as written, compacted: "647 (b)" → "647(b)", "230.00" stays. */
export function normaliseSection(section: string): string {
  return normaliseCitation(section).replace(/\s+/g, '');
}

/**
 * The key two spellings of one section share: parentheses dropped, so "647b" and "647(b)" meet,
 * while a section whose number ends in a letter ("266h") stays itself.
 */
export function sectionKey(section: string): string {
  return normaliseSection(section).replace(/[()]/g, '');
}

function parentSections(section: string): string[] {
  const parents: string[] = [];
  let s = section;
  while (/\([^()]*\)$/.test(s)) {
    s = s.replace(/\([^()]*\)$/, '');
    parents.push(s);
  }
  return parents;
}

interface SplitCitation {
  codeKey?: string;
  section: string;
}

/** Split a normalised citation into a code (by the pack's aliases, longest first) and a section. */
export function splitCitation(raw: string, pack: Pack): SplitCitation | undefined {
  // Compare without spaces so "18 USC", "18 U.S.C." and "18 u s c" are one spelling.
  const compact = normaliseCitation(raw).replace(/\s+/g, '');
  const aliases = pack.codes
    .flatMap((code) =>
      code.aliases.map((alias) => ({
        key: code.key,
        alias: normaliseCitation(alias).replace(/\s+/g, ''),
      })),
    )
    .sort((a, b) => b.alias.length - a.alias.length);
  for (const { key, alias } of aliases) {
    if (compact.startsWith(alias)) {
      const rest = compact.slice(alias.length);
      if (/^\d/.test(rest)) return { codeKey: key, section: normaliseSection(rest) };
    }
    // The code written after the section, as some states' records do: "647(b) PC".
    if (compact.endsWith(alias)) {
      const rest = compact.slice(0, compact.length - alias.length);
      if (/^\d[\d.]*[a-z0-9.()-]*$/.test(rest))
        return { codeKey: key, section: normaliseSection(rest) };
    }
  }
  // A bare number resolves only when it is specific enough to be a section ("230.00", "11350").
  if (/^\d[\d.]*[a-z0-9.()-]*$/.test(compact) && (compact.includes('.') || compact.length >= 3))
    return { section: normaliseSection(compact) };
  return undefined;
}

function sectionMatches(pack: Pack, section: string, codeKey?: string): Offense[] {
  return pack.offenses.filter(
    (o) =>
      sectionKey(o.section) === sectionKey(section) &&
      (codeKey === undefined || o.code === codeKey),
  );
}

/**
 * Resolve a charge as written on a record against the pack's offense catalogue.
 * Never a guess: a charge that matches nothing, or more than one offense, is said to be so.
 */
export function resolveOffense(raw: string, pack: Pack): CitationMatch {
  const norm = normaliseCitation(raw);
  if (!norm) return { kind: 'unknown', reason: 'No charge was given.' };

  const spelled = pack.offenses.filter((o) =>
    o.spellings.some((s) => normaliseCitation(s) === norm),
  );
  if (spelled.length === 1) return { kind: 'found', offense: spelled[0]! };

  const split = splitCitation(raw, pack);
  if (!split)
    return {
      kind: 'unknown',
      reason: `"${raw}" is not written like a ${pack.name} citation this tool knows (for example ${example(pack)}).`,
    };

  const exact = sectionMatches(pack, split.section, split.codeKey);
  if (exact.length === 1) return { kind: 'found', offense: exact[0]! };
  if (exact.length > 1)
    return {
      kind: 'ambiguous',
      reason: `"${raw}" could be ${exact.map((o) => o.citation).join(' or ')}; say which code it is under.`,
      candidates: exact,
    };

  for (const parent of parentSections(split.section)) {
    const found = sectionMatches(pack, parent, split.codeKey);
    if (found.length === 1)
      return {
        kind: 'found',
        offense: found[0]!,
        note: `read as a subdivision of ${found[0]!.citation}`,
      };
    if (found.length > 1) break;
  }

  const key = sectionKey(split.section);
  const children = pack.offenses.filter((o) => {
    const k = sectionKey(o.section);
    const sameCode = split.codeKey === undefined || o.code === split.codeKey;
    const written = normaliseSection(o.section).startsWith(`${split.section}(`);
    return sameCode && (written || (k.startsWith(key) && /^[^0-9]/.test(k.slice(key.length))));
  });
  if (children.length > 0)
    return {
      kind: 'ambiguous',
      reason: `"${raw}" names a section whose subdivisions are different offenses (${children
        .slice(0, 4)
        .map((o) => o.citation)
        .join(', ')}); give the subdivision.`,
      candidates: children,
    };

  return {
    kind: 'unknown',
    reason: `"${raw}" is not in this tool's list of ${pack.name} offenses; a lawyer should check it.`,
  };
}

function example(pack: Pack): string {
  const o = pack.offenses[0];
  return o
    ? `${pack.codes.find((c) => c.key === o.code)?.aliases[0] ?? o.code} ${o.section}`
    : 'a section number';
}
