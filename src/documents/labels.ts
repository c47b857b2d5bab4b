/** Words the packets print for the case's coded values, in English and Spanish. No law here. */

export type Lang = 'en' | 'es';

const DOCUMENTATION: Record<string, { en: string; es: string }> = {
  't-visa': { en: 'T nonimmigrant status (T visa)', es: 'estatus de no inmigrante T (visa T)' },
  'u-visa': { en: 'U nonimmigrant status (U visa)', es: 'estatus de no inmigrante U (visa U)' },
  'continued-presence': {
    en: 'Continued Presence',
    es: 'Presencia Continuada (Continued Presence)',
  },
  'certification-letter': {
    en: 'a certification or eligibility letter',
    es: 'una carta de certificación o de elegibilidad',
  },
  'law-enforcement': {
    en: 'documentation from a law enforcement agency',
    es: 'un documento de una agencia policial',
  },
  'service-provider': {
    en: 'a letter from a service provider',
    es: 'una carta de una organización de servicios',
  },
  'court-finding': { en: 'a finding by a court', es: 'una decisión de un tribunal' },
  other: { en: 'other documentation', es: 'otro documento' },
};

/** Spanish for the reasons the engine words itself (not the pack): a charge it could not identify. */
const ENGINE_REASONS_ES: Record<string, string> = {
  'offense-unknown':
    'Esta herramienta no reconoce el cargo tal como está escrito; un abogado debería revisarlo.',
  'offense-ambiguous':
    'El cargo puede ser más de un delito; diga cuál es la subdivisión o el código.',
  'offense-subdivision':
    'El cargo se leyó como una subdivisión de una sección que la herramienta conoce.',
};

export function engineReasonEs(code: string): string | undefined {
  return ENGINE_REASONS_ES[code];
}

export function documentationLabel(kind: string, lang: Lang = 'en'): string {
  return DOCUMENTATION[kind]?.[lang] ?? kind;
}

/** "sex trafficking", "labor trafficking", "sex and labor trafficking". */
export function traffickingTypesText(types: readonly string[], lang: Lang = 'en'): string {
  const sex = types.includes('sex');
  const labor = types.includes('labor');
  if (lang === 'es') {
    // The glossary's words (docs/spanish.md, row 40).
    if (sex && labor) return 'trata sexual y laboral';
    return labor ? 'trata laboral' : 'trata sexual';
  }
  if (sex && labor) return 'sex and labor trafficking';
  return labor ? 'labor trafficking' : 'sex trafficking';
}

const REMEDY_VERB: Record<string, string> = {
  vacatur: 'to Vacate',
  expungement: 'to Expunge',
  sealing: 'to Seal',
  'set-aside': 'to Set Aside',
  nondisclosure: 'for Nondisclosure',
  'sentence-reduction': 'to Reduce Sentence',
};

/** "Motion to Vacate", "Petition to Vacate": the packet's name, from the pack's filing and remedy. */
export function filingName(filing: string, remedy: string): string {
  const verb = REMEDY_VERB[remedy] ?? `for ${remedy}`;
  return `${filing.charAt(0).toUpperCase()}${filing.slice(1)} ${verb}`;
}

const LEVEL_EN: Record<string, string> = {
  felony: 'felony',
  misdemeanor: 'misdemeanor',
  violation: 'violation',
  infraction: 'infraction',
  'petty-offense': 'petty offense',
  varies: '',
};

export function levelLabel(level: string | undefined): string {
  return level ? (LEVEL_EN[level] ?? level) : '';
}

export { fechaLarga } from '../domain/dates';
