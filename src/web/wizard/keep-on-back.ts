import type { FormBody } from './checker';
import type { Draft, RecordDraft } from './draft';
import type { RecordQuestions } from './record-questions';
import type { StepId } from './steps';
import {
  checkAbout,
  checkNarrative,
  checkRecord,
  checkRecordRows,
  checkTrafficking,
  type Checked,
} from './validate';
import { checkCriminalCase, checkLoss, checkPeriod } from './validate-restitution';
import type { Lang } from '../i18n';

export interface BackCtx {
  lang: Lang;
  today: string;
  asks: RecordQuestions;
  marketRate: boolean;
  /** Which item of a list the page is about (already kept within the list). */
  index: (size: number) => number;
}

/** The signed draft's own caps (codec.ts): longer text would make the draft unreadable. */
const MAX_TEXT = 20000;

function clamp<T>(value: T): T {
  if (typeof value === 'string') return value.slice(0, MAX_TEXT) as T;
  if (Array.isArray(value)) return value.slice(0, 20).map(clamp) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clamp(v)])) as T;
  return value;
}

/** The checked answer when it passes, else what was typed, unchecked (as text only). */
function kept<T>(r: Checked<T>): T {
  return clamp(r.ok ? r.value : r.typed);
}

function blank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(blank);
  if (value && typeof value === 'object') return Object.values(value).every(blank);
  return value === undefined;
}

/** An item put back in its list; an emptied page changes nothing (a new item is not added, an old one is kept). */
function putItem<T>(list: readonly T[], i: number, item: T): T[] {
  const out = [...list];
  if (blank(item)) return out;
  out[i] = item;
  return out;
}

/**
 * The page's own Back: what was typed on the page is kept in the draft, checked or not, so nothing
 * is lost. A page that passes its checks keeps the checked answer, exactly as Continue would; one
 * that does not keeps the text as typed, and its checks run when the person goes on (Continue on
 * that page, or the whole case on "Check your answers"). An item page left empty changes nothing.
 */
export function keepOnBack(step: StepId, body: FormBody, d: Draft, ctx: BackCtx): Draft {
  switch (step) {
    case 'record': {
      const records = putItem(d.records, ctx.index(d.records.length), kept(checkRecord(body, ctx)));
      return { ...d, records, outcomeSeen: false };
    }
    case 'records-table': {
      const rows = kept(checkRecordRows(body, ctx)).filter((r: RecordDraft) => !blank(r));
      return rows.length ? { ...d, records: rows, outcomeSeen: false } : d;
    }
    case 'trafficking': {
      const attorney = d.who === 'attorney';
      const r = checkTrafficking(body, ctx, attorney);
      const v = kept(r);
      if (blank(v.trafficking) && blank(v.narrative)) return d;
      const trafficking = r.ok
        ? v.trafficking
        : { ...v.trafficking, endDate: v.ended === 'yes' ? v.trafficking.endDate : '' };
      return {
        ...d,
        ...(blank(v.trafficking) ? {} : { trafficking }),
        ...(attorney && v.narrative !== undefined ? { narrative: v.narrative } : {}),
        outcomeSeen: false,
      };
    }
    case 'account':
      return { ...d, narrative: kept(checkNarrative(body, ctx)) };
    case 'about': {
      const v = kept(checkAbout(body, ctx, d.who === 'attorney'));
      if (blank(v)) return d;
      return { ...d, person: v.person, ...(v.attorney ? { attorney: v.attorney } : {}) };
    }
    case 'criminal-case': {
      const v = kept(checkCriminalCase(body, ctx));
      return blank(v) ? d : { ...d, criminalCase: v };
    }
    case 'period': {
      const v = kept(checkPeriod(body, ctx, ctx.marketRate));
      const periods = putItem(d.periods, ctx.index(d.periods.length), v);
      return { ...d, periods, claimSeen: false };
    }
    case 'loss': {
      const v = kept(checkLoss(body, ctx));
      const losses = putItem(d.losses, ctx.index(d.losses.length), v);
      return { ...d, losses, claimSeen: false };
    }
    default:
      return d;
  }
}
