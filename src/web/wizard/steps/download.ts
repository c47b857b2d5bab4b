import { legalHelpOf } from '../pack-text';
import { reliefOf } from '../draft';
import type { PageCtx, PageSpec } from '../page-types';
import { packOf } from './helpers';
import { checkWhole } from './check';
import type { StepModule } from './types';

function downloadPage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  return {
    view: 'download',
    titleKey: 'download.title',
    step: 'download',
    model: {
      legalHelp: legalHelpOf(pack, ctx.draft.lang),
      restitution: reliefOf(ctx.draft) === 'restitution',
      attorney: ctx.draft.who === 'attorney',
    },
  };
}

export const download: StepModule = { page: downloadPage, submit: checkWhole };
