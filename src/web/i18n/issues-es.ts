import type { BatchIssueCode } from '../../batch/batch-issues';
import type { CaseIssueCode, FieldKey } from '../../domain/issues';

/**
 * Validation problems in Spanish, by code (the English is beside the codes, in
 * `domain/issues.ts` and `batch/batch-issues.ts`). A code missing here is shown in English,
 * marked as English. `{field}` is the field's Spanish label below.
 */
export const FIELD_ES: Partial<Record<FieldKey, string>> = {
  addressLine1: 'la primera línea de la dirección',
  addressLine2: 'la segunda línea de la dirección',
  city: 'la ciudad',
  state: 'el estado',
  postalCode: 'el código postal',
  legalName: 'el nombre legal completo',
  otherName: 'el otro nombre',
  dateOfBirth: 'la fecha de nacimiento',
  phone: 'el número de teléfono',
  attorneyName: 'el nombre del abogado',
  barNumber: 'el número de licencia de abogado',
  firm: 'el despacho u organización',
  attorneyPhone: 'el teléfono del abogado',
  attorneyEmail: 'el correo electrónico del abogado',
  offense: 'el cargo como aparece en el antecedente',
  description: 'cómo se llamaba el cargo',
  arrestDate: 'la fecha del arresto',
  offenseDate: 'la fecha de los hechos',
  convictionDate: 'la fecha de la condena',
  court: 'el tribunal',
  county: 'el condado',
  docketNumber: 'el número de expediente o de caso',
  arrestPlace: 'dónde fue el arresto',
  startDate: 'cuándo empezó la trata',
  endDate: 'cuándo terminó la trata',
  servicesSoughtDate: 'cuándo pidió ayuda por primera vez',
  servicesSought: 'cuándo pidió ayuda',
  narrative: 'el relato',
  issuer: 'quién emitió el documento',
  documentDate: 'la fecha del documento',
  safetyConcerns: 'las preocupaciones de seguridad',
  periodStart: 'el primer día del período',
  periodEnd: 'el último día del período',
  periodEndShort: 'el último día del período',
  grossToDefendant: 'lo que se quedó el tratante en este período',
  paidToVictim: 'lo que le pagaron en este período',
  marketRatePerHour: 'la tarifa de mercado por hora',
  lossDescription: 'para qué fue la pérdida',
  lossAmount: 'la cantidad de la pérdida',
  lossStart: 'el primer día de la pérdida',
  lossEnd: 'el último día de la pérdida',
  criminalCourt: 'el tribunal del caso penal',
  caseNumber: 'el número de caso',
  defendant: 'el nombre del acusado',
};

export const CASE_ISSUE_ES: Partial<Record<CaseIssueCode, string>> = {
  required: 'Escriba {field}',
  'too-long': '{Field} debe tener {max} caracteres o menos',
  'not-text': '{Field} debe ser texto',
  'date-format': 'Escriba {field} como AAAA-MM-DD, por ejemplo {example}',
  'date-not-real':
    'Escriba {field} como AAAA-MM-DD, por ejemplo {example}. Revise que ese día exista',
  'money-format': 'Escriba {field} como una cantidad en dólares, por ejemplo 1200.50',
  'money-negative': '{Field} no puede ser negativo',
  'money-too-large': '{Field} es demasiado grande para ser correcto; revíselo',
  'money-cents': 'Escriba {field} con no más de dos decimales (centavos)',
  'in-future': '{Field} no puede ser una fecha futura',
  'jurisdiction-code':
    'Escriba el código de la jurisdicción: "US-" y las dos letras del estado, o FED para un tribunal federal',
  'relief-kind': 'Ponga en relief "vacatur" (borrar un antecedente) o "restitution"',
  'email-format': 'Escriba un correo electrónico así: nombre@ejemplo.org',
  'level-choice': 'Elija el nivel: {choices}',
  'disposition-choice': 'Elija cómo terminó el cargo: {choices}',
  'trafficking-type': 'Elija sex, labor o los dos',
  'trafficking-types': 'Elija el tipo de trata: sex, labor o los dos',
  'documentation-kind': 'Elija el tipo de documento: {choices}',
  'documentation-many': 'Escriba como máximo 20 documentos',
  'other-names-many': 'Escriba como máximo 20 otros nombres',
  'records-many': 'Un caso puede tener como máximo 100 antecedentes; ponga los demás en otro caso',
  'offense-after-arrest': 'La fecha de los hechos debe ser igual o anterior a la fecha del arresto',
  'dated-but-not-convicted':
    'Un antecedente con fecha de condena no puede estar también {disposition}: borre la fecha de condena, o elija cómo terminó de verdad el caso',
  'dated-but-pending':
    'Un antecedente con fecha de condena no está pendiente: borre la fecha de condena, o la respuesta pending',
  'conviction-before-arrest': 'La fecha de la condena debe ser el mismo día del arresto o después',
  'arrest-before-birth': 'La fecha del arresto debe ser posterior a la fecha de nacimiento',
  'trafficking-end-before-start':
    'El fin de la trata debe ser el mismo día de su comienzo o después',
  'period-end-before-start':
    'El último día del período debe ser el mismo día del primero o después',
  'loss-end-before-start':
    'El último día de la pérdida debe ser el mismo día del primero o después',
  'record-to-clear': 'Agregue al menos un antecedente: el cargo y la fecha del arresto',
  'trafficking-start-needed': 'Agregue cuándo empezó la trata y de qué tipo fue',
  'criminal-case-needed': 'Agregue el caso penal: el tribunal, el número de caso y los acusados',
  'no-pack':
    'Esta herramienta todavía no tiene la ley de {jurisdiction}. Elija una de estas: {known}. Una oficina de ayuda legal le puede decir qué ofrece {jurisdiction}.',
  'no-relief': 'Esta herramienta todavía no prepara papeles de {relief} para {name}.',
};

/** The batch's own problems; `{where}` is " cerca de la línea N del archivo" or nothing. */
export const BATCH_ISSUE_ES: Partial<Record<BatchIssueCode, string>> = {
  'no-file': 'Elija un archivo CSV para subir y luego presione uno de los botones.',
  'too-large': 'El archivo pesa más de {size}. Divídalo en archivos más pequeños.',
  'cut-short':
    'El archivo llegó incompleto: se cortó antes del final. Envíe de nuevo el archivo completo.',
  'too-many-rows':
    'El archivo tiene más de {max} filas. Divídalo en archivos más pequeños o procéselo por partes (relief batch --shard).',
  empty:
    'El archivo está vacío. Empiece con la plantilla: tiene la fila de encabezado y un ejemplo.',
  'duplicate-column':
    'La columna {column} aparece dos veces (columnas {first} y {second}). Deje una.',
  'unknown-column':
    'La columna "{column}" no es una de las que lee el modo por lotes, así que se ignoró. Revise cómo está escrita si debía ser una de las columnas de la plantilla.',
  'quote-not-closed':
    'Unas comillas abiertas{where} nunca se cierran, así que no se pueden separar las filas que siguen. Busque en esa celda unas " de más y guarde el archivo de nuevo.',
  'quote-text':
    'Una celda entre comillas{where} tiene texto después de las comillas de cierre. Dentro de una celda entre comillas, escriba las comillas como "" y guarde el archivo de nuevo.',
  'not-csv':
    'No se pudo leer el archivo como CSV{where}. Guárdelo desde la hoja de cálculo como "CSV UTF-8" e intente de nuevo.',
  'client-id': 'Escriba un client_id en esta fila, para juntarla con las demás filas del cliente.',
  cells:
    'Esta fila tiene {cells} celdas, pero el encabezado tiene {header}. Una coma dentro de una celda requiere poner la celda entre comillas; revise las celdas de esta fila.',
  differs:
    'El valor de {column} en esta fila es distinto del de la fila {first} del mismo cliente. Hágalos coincidir, o déjelo en blanco en todas las filas después de la primera.',
  'too-many-records':
    'Este cliente tiene {rows} filas; un caso puede tener como máximo {max} antecedentes. Divídalas en dos clientes (dos client_id).',
  unreadable:
    'Esta celda tiene caracteres que no se pudieron leer. Guarde la hoja de cálculo como "CSV UTF-8" para que los nombres y los acentos salgan bien.',
  juvenile: 'Escriba yes o no en juvenile (en blanco significa no).',
  imprisoned:
    'Escriba yes o no en imprisoned: si a la persona le impusieron prisión o cárcel por esta condena (en blanco significa que no se sabe).',
  'child-victim':
    'Escriba yes, no o unknown en child_victim: si un menor de 18 años fue víctima del delito (en blanco significa que no se sabe).',
  disposition:
    'Escriba cómo terminó el caso en disposition: {choices}, o convicted con una fecha en conviction_date (en blanco si no se sabe).',
  'convicted-undated':
    'disposition dice convicted: escriba la fecha de la condena en conviction_date (AAAA-MM-DD), o cambie disposition.',
  restitution:
    'Las filas por lotes no llevan los datos de restitución (el caso penal, los acusados, el trabajo y las pérdidas). Prepare las solicitudes de restitución una por una en el formulario o en la API, o ponga vacatur en relief.',
  'trafficking-types': 'Escriba sex, labor o sex;labor en trafficking_types.',
  'missing-glyphs':
    'Aviso: la fuente del PDF no puede dibujar {chars} en {column}: saldría como cuadros vacíos (□){rtl}. Escríbalo en letras latinas, como aparece en el expediente del tribunal, o pregunte a un abogado qué escribir. El DOCX conserva el texto tal como se escribió. El borrador de este cliente se hizo igual.',
  'render-failed':
    'No se pudieron hacer los documentos de este cliente por una falla de esta herramienta, no de las filas. Procese este cliente de nuevo, solo; si vuelve a fallar, avísenos (sin los datos del cliente).',
};

/** `missing-columns` in Spanish: one column or several, then what to do. */
export const MISSING_ES = {
  one: 'Al archivo le falta la columna {columns}.',
  several: 'Al archivo le faltan las columnas {columns}.',
  'add-columns':
    'Agréguelas a la fila de encabezado (fila 1); la plantilla tiene todas las columnas.',
  'no-columns':
    'No se encontró ninguna columna de la plantilla: guarde la hoja de cálculo como "CSV UTF-8" y conserve la fila de encabezado de la plantilla.',
} as const;

export const CSV_HINT_ES = {
  spreadsheetDate:
    'Las hojas de cálculo suelen reescribir las fechas como {spreadsheetDate}: dé a la columna formato de texto y escriba AAAA-MM-DD.',
  'documentation-format':
    'Escriba cada documento como tipo:emisor:fecha, separados por ; (por ejemplo t-visa:USCIS:2016-05-01).',
} as const;
