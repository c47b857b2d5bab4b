import type { Lang } from '../../i18n';
import { catalogueOf, isKnownCharge } from '../catalogue';
import {
  CASE_ENDS,
  type CaseEnd,
  CHILD_VICTIM_ANSWERS,
  OWN_COURT_CHOICES,
  type RecordQuestions,
  recordQuestionsOf,
} from '../record-questions';
import { emptyRecord, RECORD_FIELDS, type RecordDraft } from '../draft';
import { checkRecord } from '../validate';
import { kept, putItem } from '../keep-on-back';
import type { PageCtx, PageSpec } from '../page-types';
import { afterListChange, choiceList, itemIndex, next, packOf, pick, show, t } from './helpers';
import type { StepModule } from './types';

/** The pack's courts, then "another court" and "I don't know". */
function courtChoiceList(asks: RecordQuestions, chosen: string, lang: Lang) {
  const label = (id: string) => {
    const c = asks.courtChoices.find((x) => x.id === id);
    if (c) return lang === 'es' && c.labelEs ? c.labelEs : c.label;
    return t(lang, id === 'other' ? 'record.courtOther' : 'dontKnow');
  };
  const ids = [...asks.courtChoices.map((c) => c.id), ...OWN_COURT_CHOICES];
  return choiceList(ids, chosen, label);
}

function recordPage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  const lang = ctx.draft.lang;
  const index = ctx.index ?? ctx.draft.records.length;
  const values =
    (ctx.typed as RecordDraft | undefined) ?? ctx.draft.records[index] ?? emptyRecord();
  const options = pack ? catalogueOf(pack, ctx.draft.lang) : [];
  const unknown =
    pack && values.offense && ctx.errors.length === 0 && ctx.typed === undefined
      ? !isKnownCharge(values.offense, pack)
      : false;
  const asks = recordQuestionsOf(pack);
  const endings = choiceList(
    CASE_ENDS,
    values.disposition,
    (v) => t(lang, `end.${v as CaseEnd}`),
    (v) =>
      v === 'convicted'
        ? { hint: t(lang, 'end.convictedHint'), reveals: true }
        : v === 'dismissed-on-government-motion'
          ? { hint: t(lang, 'end.governmentHint') }
          : {},
  );
  const courtKinds = courtChoiceList(asks, values.courtKind, lang);
  const childVictims = choiceList(CHILD_VICTIM_ANSWERS, values.childVictim, (v) =>
    t(lang, v === 'unknown' ? 'dontKnow' : v === 'yes' ? 'yes' : 'no'),
  );
  return {
    view: 'record',
    titleKey: 'record.titleN',
    titleVars: { n: index + 1 },
    step: 'record',
    model: {
      index,
      values,
      options,
      example: options[0]?.value ?? 'PL 230.00',
      unknown,
      asks,
      endings,
      courtKinds,
      courtNameHint: asks.courtExample
        ? t(lang, 'record.courtNameHintFor', { example: asks.courtExample })
        : t(lang, 'record.courtNameHintNone'),
      childVictims,
    },
  };
}

export const record: StepModule = {
  page: recordPage,
  submit(s) {
    const index = itemIndex(s.body, s.draft.records.length);
    const r = checkRecord(s.body, s);
    if (!r.ok) return show('record', s.draft, { errors: r.errors, typed: r.typed, index });
    const records = [...s.draft.records];
    records[index] = r.value;
    return next(afterListChange({ ...s.draft, records }));
  },
  keep(s) {
    const d = s.draft;
    const records = putItem(
      d.records,
      itemIndex(s.body, d.records.length),
      kept(checkRecord(s.body, s)),
    );
    return { ...d, records, outcomeSeen: false, returnTo: undefined };
  },
  typed: (s) => ({
    typed: pick(s.body, RECORD_FIELDS),
    index: itemIndex(s.body, s.draft.records.length),
  }),
};
