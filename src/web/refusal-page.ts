import Handlebars from 'handlebars';
import { translate } from './i18n';
import { assetUrl } from './static-assets';

const escape = (s: string): string => Handlebars.Utils.escapeExpression(s);

/**
 * The page a person's browser shows when a download or an upload is refused before its form is
 * read (too many at once, or every render slot taken). The form's language is not known yet, so
 * the page says it in English and in Spanish, each marked, and points back to the page they were
 * on, whose answers the browser still holds. Nothing was kept.
 */
export function refusalPage(status: 429 | 503, retryAfter: number): string {
  const kind = status === 429 ? 'tooMany' : 'busy';
  const part = (lang: 'en' | 'es') => `<section lang="${lang}">
  <h${lang === 'en' ? 1 : 2}>${escape(translate(lang, `refusal.${kind}.title`))}</h${lang === 'en' ? 1 : 2}>
  <p>${escape(translate(lang, `refusal.${kind}.text`, { seconds: retryAfter }))}</p>
  <p>${escape(translate(lang, 'refusal.back'))}</p>
</section>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(translate('en', `refusal.${kind}.title`))} – ${escape(translate('es', `refusal.${kind}.title`))}</title>
  <link rel="stylesheet" href="${assetUrl('/assets/css/uswds-subset.css')}">
  <link rel="stylesheet" href="${assetUrl('/assets/css/wizard.css')}">
</head>
<body>
<div class="relief-exit-bar">
  <a href="/exit" class="usa-button usa-button--secondary relief-exit" rel="noreferrer noopener">${escape(translate('en', 'exit.button'))} / <span lang="es">${escape(translate('es', 'exit.button'))}</span></a>
</div>
<main id="main-content" class="grid-container relief-main">
${part('en')}
${part('es')}
</main>
</body>
</html>
`;
}
