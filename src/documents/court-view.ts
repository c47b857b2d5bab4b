import type { Pack } from '../domain/pack-schema';
import { BLANK, type CourtView, type RecordView, type SetBase } from './view-types';

/** Courts as the papers name them: labels, caption lines, and the sets of papers, one per court. */

export const countyLabelOf = (county: string): string =>
  county ? (/\bcounty\b/i.test(county) ? county : `${county} County`) : '';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Does the court's name already name the county? "X County Criminal Court" and "Superior Court,
 * County of X" do; "Criminal Court of the City of X" and "Supreme Court of the State of X" name a
 * city and a state that share the county's name, not the county.
 */
export function courtNamesCounty(court: string, county: string): boolean {
  const bare = bareCounty(county).trim();
  if (!court || !bare) return false;
  const words = new RegExp(`(^|[^\\p{L}])${escapeRegExp(bare)}(?![\\p{L}])`, 'giu');
  for (const m of court.matchAll(words)) {
    const before = court.slice(0, (m.index ?? 0) + m[1]!.length).toLowerCase();
    if (!/\b(state|city) of\s+$/.test(before)) return true;
  }
  return false;
}

/** "Superior Court, County of Los Angeles" is not followed by "Los Angeles County" again. */
export function courtLabelOf(court: string, county: string): string {
  if (!court) return county ? `${BLANK} Court, ${countyLabelOf(county)}` : '';
  return [court, courtNamesCounty(court, county) ? '' : countyLabelOf(county)]
    .filter(Boolean)
    .join(', ');
}

/** The caption's court lines as the pack words them, `{county}` filled or left blank. */
export type CaptionCourt = { lines: string[]; always: boolean } | undefined;

const bareCounty = (county: string): string => county.replace(/^county of\s+|\s+county$/gi, '');

function courtLines(
  name: string,
  county: string,
  countyLine: boolean,
  pack: CaptionCourt,
): string[] {
  if (pack && (pack.always || !name))
    return pack.lines.map((l) =>
      l.replace('{county}', county ? bareCounty(county).toUpperCase() : '______________________'),
    );
  const lines = name
    ? name.split(/\s+(?=for the\s)/i).map((l) => l.toUpperCase())
    : ['__________________________ COURT'];
  if (county && countyLine && !courtNamesCounty(name, county))
    lines.push(`COUNTY OF ${bareCounty(county).toUpperCase()}`);
  return lines;
}

function courtView(
  name: string,
  county: string,
  countyLine: boolean,
  pack: CaptionCourt,
): CourtView {
  const lines = courtLines(name, county, countyLine, pack);
  const label = courtLabelOf(name, county);
  return {
    name,
    county,
    countyLabel: countyLabelOf(county),
    lines,
    // A court the law names is the court even when the record does not say it.
    label: !name && pack?.always ? titleCase(lines.join(', ')) : label,
  };
}

const titleCase = (s: string): string =>
  s
    .toLowerCase()
    .replace(/_+/g, '____')
    .replace(/\b(\p{L})/gu, (c) => c.toUpperCase())
    .replace(/\b(Of|The|For)\b/g, (w) => w.toLowerCase());

const courtKey = (r: RecordView): string => `${r.court.toLowerCase()}|${r.county.toLowerCase()}`;
const countyKey = (r: RecordView): string => bareCounty(r.county).trim().toLowerCase();

/** The court a filing goes to where the law names one of the county's ("{county} Circuit Court"). */
function filingCourtLabel(template: string, county: string): string {
  const bare = bareCounty(county).trim();
  return template.replace('{county}', bare || '______________');
}

/**
 * The records a filing can list, grouped into one set per court unless the pack allows several.
 * Where the law names the county's court to file in (`filingCourt`), one set per county: a
 * county's general district and circuit court convictions go in one filing.
 */
export function groupSets(
  records: RecordView[],
  multipleCourts: boolean,
  countyLine: boolean,
  captionCourt?: CaptionCourt,
  filingCourt?: string,
): SetBase[] {
  const keyOf = (r: RecordView): string =>
    multipleCourts ? 'all' : filingCourt && countyKey(r) ? `county|${countyKey(r)}` : courtKey(r);
  const groups = new Map<string, RecordView[]>();
  for (const r of records) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
  const list = [...groups.values()];
  return list.map((group, i) => {
    const first = group[0] as RecordView;
    const sameCourt = group.every((r) => courtKey(r) === courtKey(first));
    const sameCounty = group.every((r) => countyKey(r) === countyKey(first));
    const court = sameCourt
      ? courtView(first.court, first.county, countyLine, captionCourt)
      : courtView('', sameCounty ? first.county : '', countyLine, captionCourt);
    if (filingCourt) court.label = filingCourtLabel(filingCourt, sameCounty ? first.county : '');
    const asks = (r: RecordView, remedy: string, conviction: boolean) =>
      r.remedy === remedy || (!r.remedy && r.isConviction === conviction);
    return {
      number: i + 1,
      total: list.length,
      multiple: list.length > 1,
      court,
      records: group,
      convictions: group.filter((r) => r.isConviction),
      arrests: group.filter((r) => !r.isConviction),
      review: group.filter((r) => r.needsReview),
      hasReview: group.some((r) => r.needsReview),
      several: group.length > 1,
      vacate: group.filter((r) => asks(r, 'vacatur', true)),
      expunge: group.filter((r) => asks(r, 'expungement', false)),
      docketNumbers: [...new Set(group.map((r) => r.docket).filter(Boolean))],
    };
  });
}

/** The case-number label of a court: the pack's, unless the court's name calls for another. */
export function numberLabelFor(courtName: string, pack: Pack): string {
  const byCourt = (pack.caption.numberLabelByCourt ?? []).find((c) =>
    new RegExp(c.matches, 'i').test(courtName.trim()),
  );
  return byCourt?.label ?? pack.caption.numberLabel;
}

/** The prosecuting party: the pack's, unless the court's name says another party brings its cases. */
export function plaintiffFor(courtName: string, pack: Pack): { name: string; role: string } {
  for (const p of pack.caption.plaintiffByCourt ?? []) {
    const m = new RegExp(p.matches, 'i').exec(courtName.trim());
    if (m)
      return {
        name: p.name.replace('{1}', (m[1] ?? '').trim()).toUpperCase(),
        role: p.role ?? pack.caption.plaintiff.role,
      };
  }
  return { ...pack.caption.plaintiff };
}
