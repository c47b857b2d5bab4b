import type { MessageKey } from './messages-en';

/** Spanish strings: every key of the English set (the type makes a missing one an error). */
export const es: Record<MessageKey, string> = {
  'site.name': 'Relief',
  'site.tagline': 'Documentos judiciales para sobrevivientes de la trata',
  skip: 'Saltar al contenido principal',
  'exit.button': 'Salida rápida',
  'exit.hint':
    'Toque «Salida rápida» (o presione Esc en una computadora) para salir de este sitio de inmediato.',
  'lang.label': 'Idioma',
  'lang.switch': 'English',
  'lang.switchTo': 'en',
  'lang.switchLabel': 'View this page in English',
  'footer.privacy':
    'Nada de lo que escribe se guarda en nuestro servidor. Sus respuestas solo están en esta página mientras la tiene abierta.',
  'footer.notAdvice': 'Esta herramienta le ayuda a preparar documentos. No es asesoría legal.',
  'error.prefix': 'Error:',
  'error.summary': 'Hay un problema',
  'button.continue': 'Continuar',
  'button.back': 'Atrás',
  'button.start': 'Comenzar',
  'button.save': 'Guardar mis respuestas',
  'button.change': 'Cambiar',
  'button.remove': 'Quitar',
  'button.startAgain': 'Empezar de nuevo',
  optional: '(opcional)',
  yes: 'Sí',
  no: 'No',
  dontKnow: 'No lo sé',
  'step.of': 'Paso {n} de {total}',

  'start.title':
    'Documentos judiciales para sobrevivientes de la trata: limpiar sus antecedentes o pedir restitución',
  'start.lead':
    'Si tiene un arresto o una condena por algo que pasó porque era víctima de trata, en muchos lugares la ley le permite pedir a un tribunal que limpie ese antecedente. Si hay un caso penal contra la persona responsable de la trata, usted puede pedir que, si la declaran culpable, el juez le ordene pagarle a usted por su trabajo y sus pérdidas (restitución). Esta herramienta le hace preguntas y convierte sus respuestas en documentos judiciales que puede presentar.',
  'start.does': 'Lo que hace esta herramienta',
  'start.does1':
    'Le pregunta sobre sus antecedentes, o sobre el caso contra el tratante, una pregunta a la vez.',
  'start.does2':
    'Le explica, con palabras sencillas, lo que permite la ley del lugar que elija para cada antecedente.',
  'start.does3':
    'Prepara los documentos judiciales en PDF y en un documento de Word que puede editar, con instrucciones para presentarlos.',
  'start.doesNot': 'Lo que no hace',
  'start.doesNot1': 'No es asesoría legal y no presenta nada por usted.',
  'start.doesNot2':
    'No se comunica con nadie: ni con la policía, ni con el tribunal, ni con inmigración.',
  'start.stored': 'No se guarda nada',
  'start.storedText':
    'No guardamos sus respuestas. Solo están en esta página mientras la tiene abierta, y desaparecen cuando cierra la pestaña. Para conservarlas, use «Guardar mis respuestas» y descargue un archivo que usted controla.',
  'start.history': 'Cómo borrar el historial del navegador',
  'start.historyText':
    'Cualquier persona que use este teléfono o computadora podría ver los sitios que visitó. Para quitar este sitio del historial: en Chrome, Edge o Firefox presione Ctrl+H (Cmd+Y en Mac) y borre las entradas; en un teléfono, abra el menú del navegador y luego Historial. Una ventana privada o de incógnito no guarda historial.',
  'start.exitText':
    'Salida rápida, arriba en cada página, o la tecla Esc, abre de inmediato el sitio del servicio meteorológico.',
  'start.lawyer': 'Ayuda legal gratuita',
  'start.lawyerText':
    'Un abogado puede revisar sus antecedentes con usted, gratis. El Survivor Reentry Project (Proyecto de Reinserción de Sobrevivientes) de Freedom Network USA pone en contacto a sobrevivientes de trata con abogados que ayudan a limpiar antecedentes:',
  'start.who': '¿Quién está llenando esto?',
  'start.who.self': 'Yo, para mí',
  'start.who.selfHint': 'Una pregunta a la vez, con explicaciones.',
  'start.who.attorney':
    'Un abogado o una persona de apoyo de una organización (advocate), para un cliente',
  'start.who.attorneyHint': 'Menos páginas: antecedentes en una tabla, con su bloque de firma.',
  'start.who.clinic': 'Una clínica, con muchos clientes a la vez',
  'start.who.clinicHint': 'Suba una hoja de cálculo de clientes y reciba borradores para cada uno.',
  'start.resume': 'Continuar desde un archivo guardado',
  'start.resumeHint': 'Elija el archivo de respuestas que guardó antes (un archivo .json).',
  'start.resumeButton': 'Continuar desde este archivo',

  'where.title': '¿Dónde fue el arresto o la condena?',
  'where.hint':
    'Elija el estado donde fue el arresto o la condena, o el tribunal federal si el caso fue federal.',
  'where.other': 'Otro estado',
  'where.otherHint': 'Esta herramienta todavía no tiene su ley.',
  'where.reliefHint': '{remedy} ({authority})',

  'nolaw.title': 'Todavía no podemos preparar documentos para ese estado',
  'nolaw.text':
    'Esta herramienta solo tiene la ley de los lugares de la página anterior. Eso no quiere decir que no haya una forma legal de limpiar sus antecedentes donde usted está: muchos estados tienen una ley para limpiar antecedentes relacionados con la trata, y cada una funciona de forma distinta.',
  'nolaw.next': 'Qué más puede ayudar',
  'nolaw.lawyer':
    'Un abogado gratuito puede decirle lo que ofrece su estado. El Survivor Reentry Project (Proyecto de Reinserción de Sobrevivientes) de Freedom Network USA pone en contacto a sobrevivientes con abogados:',
  'nolaw.back': 'Elegir otro lugar',

  'record.title': 'Cuéntenos sobre un antecedente',
  'record.titleN': 'Antecedente {n}',
  'record.hint': 'Un arresto o una condena. Podrá agregar más.',
  'record.offense': 'El cargo, tal como aparece en el antecedente',
  'record.offenseHint':
    'Por ejemplo {example}. Empiece a escribir para ver los cargos que conoce esta herramienta. Puede escribir cualquier cargo.',
  'record.description': 'Cómo se llamaba el cargo',
  'record.descriptionHint':
    'Como aparece en sus papeles, en inglés si puede (por ejemplo: Prostitution, Loitering). Este nombre sale en los documentos para el tribunal.',
  'record.arrestDate': 'Fecha del arresto',
  'record.dateHint': 'Mes/día/año, por ejemplo 03/01/2012 para el 1 de marzo de 2012.',
  'record.convictionDate': 'Fecha de la condena',
  'record.court': 'Tribunal',
  'record.courtHint': 'El nombre del tribunal, como aparece en el antecedente, si lo sabe.',
  'record.county': 'Condado',
  'record.docketNumber': 'Número de expediente o de caso',
  'record.juvenile': '¿El caso fue en un tribunal de familia o de menores?',
  'record.unknownCharge':
    'Esta herramienta no reconoce este cargo. Se conservará, y un abogado debería revisarlo.',
  'record.offenseDate': '¿Cuándo ocurrieron los hechos, si fue en otra fecha que el arresto?',
  'record.offenseDateHint':
    'Mes/día/año. Déjelo vacío si fue el mismo día del arresto. Está bien dar la fecha aproximada.',
  'record.disposition': '¿Cómo terminó el caso?',
  'record.dispositionHint':
    'Aparece en los papeles del tribunal o en su historial de antecedentes. Si no tiene certeza, elija "Otra cosa, o no lo sé".',
  'end.pending': 'Sigue abierto (pendiente)',
  'end.convicted': 'Me declaré culpable, o me encontraron culpable',
  'end.convictedHint': 'Esto es una condena, aunque la única pena haya sido una multa.',
  'end.dismissed': 'Lo desestimaron (retiraron el cargo)',
  'end.dismissed-on-government-motion': 'Lo desestimaron porque lo pidió la fiscalía (el Gobierno)',
  'end.governmentHint': 'En un caso federal, a la fiscalía se le llama el Gobierno.',
  'end.acquitted': 'Me declararon no culpable (absolución)',
  'end.not-prosecuted': 'Nunca me acusaron formalmente, o no siguieron con el caso',
  'end.other': 'Otra cosa, o no lo sé',
  'record.imprisoned': '¿Le impusieron una pena de prisión o cárcel por esto?',
  'record.imprisonedHint': 'Responda Sí aunque ya haya cumplido ese tiempo.',
  'record.courtKind': '¿En qué tribunal estuvo el caso?',
  'record.courtKindHint':
    'Aparece en los papeles del tribunal o en su historial. Si no lo sabe, elija "No lo sé": los documentos tendrán un espacio en blanco para llenarlo.',
  'record.courtName': 'El nombre exacto del tribunal, si lo sabe',
  'record.arrestPlace': '¿Dónde fue el arresto?',
  'record.arrestPlaceHint':
    'Ciudad y estado, por ejemplo Newark, New Jersey. La solicitud sobre un arresto va al tribunal federal del lugar del arresto.',
  'record.childVictim': '¿Fue víctima del delito un niño o una niña (menor de 18 años)?',
  'record.childVictimHint':
    'La ley federal no permite anular ni borrar algunos delitos contra menores. Si no lo sabe, elija "No lo sé"; un abogado puede revisarlo.',
  'record.juvenileHint':
    'Responda No si el caso fue en un tribunal penal de adultos, aunque entonces tuviera menos de 18 años.',

  'records.title': 'Sus antecedentes',
  'records.count': 'Ha agregado {n} antecedentes.',
  'records.count.one': 'Ha agregado 1 antecedente.',
  'records.another': '¿Quiere agregar otro antecedente?',
  'records.charge': 'Cargo',
  'records.arrested': 'Arresto',
  'records.convictedOn': 'Condena',
  'records.review': 'un abogado debería revisar este cargo',
  'records.offenseOn': 'Hechos',
  'records.ended': 'Cómo terminó',
  'records.endNotAnswered': 'Sin responder todavía',
  'records.imprisoned': 'Pena de prisión o cárcel',
  'records.notAnswered': 'Sin responder todavía',
  'records.court': 'Tribunal',
  'records.arrestPlace': 'Lugar del arresto',
  'records.childVictim': 'Un menor fue víctima',
  'records.juvenile': 'En un tribunal de familia o de menores',
  'endShort.convicted': 'Condena (declaración o veredicto de culpabilidad)',
  'endShort.pending': 'Pendiente',
  'endShort.dismissed': 'Desestimado',
  'endShort.dismissed-on-government-motion': 'Desestimado a pedido de la fiscalía (el Gobierno)',
  'endShort.acquitted': 'Absolución (no culpable)',
  'endShort.not-prosecuted': 'Sin acusación o sin proceso',
  'endShort.other': 'Otro, o no se sabe',

  'table.title': 'Los antecedentes del cliente',
  'table.hint':
    'Una fila por cargo. Llene las filas que necesite; las filas vacías se ignoran. Fechas mes/día/año. Deje “Cómo terminó” vacío si hubo condena: la fecha de la condena lo indica.',
  'table.caption': 'Antecedentes',
  'table.row': 'Fila {n}',
  'table.addRows': 'Agregar más filas',
  'table.juvenileShort': 'Tribunal de familia o de menores',
  'table.offenseDate': 'Fecha de los hechos',
  'table.disposition': 'Cómo terminó',
  'table.imprisoned': 'Pena de prisión o cárcel',
  'table.arrestPlace': 'Lugar del arresto (ciudad, estado)',
  'table.childVictim': 'Víctima menor de edad',

  'trafficking.title': 'Sobre la trata',
  'trafficking.types': '¿Qué tipo de trata fue?',
  'trafficking.typesHint': 'Elija todas las que correspondan.',
  'trafficking.type.sex': 'Trata sexual',
  'trafficking.type.labor': 'Trata laboral',
  'trafficking.startDate': '¿Cuándo empezó?',
  'trafficking.ended': '¿Terminó la trata?',
  'trafficking.endedHint':
    'Si sigue ocurriendo, puede llamar a la Línea Nacional contra la Trata de Personas a cualquier hora: 1-888-373-7888, o enviar un mensaje de texto al 233733. Presentar los documentos puede alertar a quien le explotó; un abogado puede ayudarle a planear.',
  'trafficking.endDate': '¿Cuándo terminó?',
  'trafficking.endDateHint': 'Mes/día/año. Está bien dar la fecha aproximada.',
  'trafficking.soughtDate': '¿Cuándo pidió ayuda o servicios por primera vez?',
  'trafficking.soughtDateHint':
    'Mes/día/año, si corresponde. Algunas leyes cuentan el tiempo desde esta fecha.',
  'trafficking.docs': '¿Cuáles de estos documentos tiene?',
  'trafficking.docsHint': 'Elija todos los que correspondan. Ninguno es necesario para empezar.',
  'doc.t-visa': 'Visa T',
  'doc.u-visa': 'Visa U',
  'doc.continued-presence': 'Presencia Continuada (Continued Presence)',
  'doc.certification-letter': 'Carta de certificación (por ejemplo, de HHS)',
  'doc.law-enforcement': 'Un documento de la policía u otra agencia (law enforcement)',
  'doc.service-provider':
    'Una carta de la organización que le ayuda, de su consejera o consejero, o de su persona de apoyo',
  'doc.court-finding': 'Una decisión de un tribunal',
  'doc.other': 'Otro documento',

  'account.title': 'Lo que pasó, en sus propias palabras',
  'account.lead':
    'Lo que escriba aquí va a ser parte de su declaración para el juez. Usted la va a firmar y va a decir que es verdad. Escriba solo lo que quiera contar; puede cambiarlo después. Puede escribir en español. Pero el tribunal necesita todo en inglés: antes de firmar, alguien que sepa bien los dos idiomas tiene que traducirlo y firmar que la traducción es correcta. Una organización de ayuda o un abogado gratuito le pueden ayudar.',
  'account.prompts': 'Puede ayudar decir',
  'account.prompt1': 'qué pasó y cuándo empezó;',
  'account.prompt2':
    'quién tenía el control sobre usted y cómo (amenazas, deudas, quitarle su dinero o sus documentos);',
  'account.prompt3': 'cómo se relaciona cada arresto con lo que le obligaron a hacer.',
  'account.narrative': 'Lo que pasó',
  'account.narrativeHint': 'Puede dejarlo vacío y escribirlo a mano después.',
  'account.narrativeAttorney': 'El relato del cliente (será la declaración)',

  'outcome.title': 'Lo que permite la ley',
  'outcome.lead':
    'Según {authority}, esto es lo que dice la ley sobre cada antecedente, con base en sus respuestas.',
  'outcome.status.eligible': 'La ley cubre este antecedente',
  'outcome.status.ineligible': 'La ley no cubre este antecedente',
  'outcome.status.needs-review': 'Un abogado debería revisar este antecedente',
  'outcome.overall.eligible': 'La ley cubre todos los antecedentes que anotó.',
  'outcome.overall.partially-eligible': 'La ley cubre algunos de sus antecedentes.',
  'outcome.overall.ineligible': 'La ley no cubre los antecedentes que anotó.',
  'outcome.overall.needs-review': 'Un abogado debería revisar sus antecedentes antes de presentar.',
  'outcome.nexus':
    'Cubierto quiere decir que la ley alcanza el antecedente. Usted todavía debe mostrar al tribunal cómo se relacionaba con la trata; los documentos le ayudan a hacerlo.',
  'outcome.immigration':
    'Anular, borrar y sellar no son lo mismo. Anular (vacatur) quiere decir que la condena deja de valer. Borrar (expungement) quiere decir que el antecedente se elimina. Sellar (sealing) quiere decir que se oculta del público, pero sigue existiendo. Aunque el juez anule, selle o borre un antecedente, en algunos trámites, sobre todo de inmigración, le pueden preguntar por todos sus arrestos. Antes de llenar un formulario de inmigración, hable con un abogado de inmigración y lleve copia de la orden del juez.',
  'outcome.proof': 'Pruebas que ayudan',
  'outcome.deadlines': 'Plazos y reglas',
  'outcome.due': 'Si presenta hoy: {date}',
  'outcome.review': 'Preguntas abiertas que un abogado debería revisar',
  'outcome.help': 'Ayuda legal gratuita aquí',
  'outcome.verified': 'La ley de esta herramienta se revisó por última vez el {date}.',
  'outcome.inEnglish': '(en inglés)',
  'outcome.lawyerNoteInEnglish': '(nota para un abogado, en inglés)',
  'outcome.reasonFallback.eligible': 'La ley alcanza este tipo de antecedente.',
  'outcome.reasonFallback.ineligible': 'La ley no alcanza este tipo de antecedente.',
  'outcome.reasonFallback.needs-review':
    'La herramienta no puede decidirlo sola; un abogado debería revisarlo.',

  'about.title': 'Sobre usted',
  'about.titleAttorney': 'El cliente y el abogado',
  'about.client': 'El cliente',
  'about.legalName': 'Nombre legal completo',
  'about.legalNameHint': 'Como debe aparecer en los documentos judiciales.',
  'about.otherNames': 'Otros nombres que aparecen en sus antecedentes',
  'about.otherNamesHint': 'Un nombre por línea, si los hay.',
  'about.dob': 'Fecha de nacimiento',
  'about.address': 'Una dirección segura para poner en documentos judiciales',
  'about.addressHint':
    'El tribunal y la fiscalía la verán. Puede ser una dirección postal, la oficina de su abogado o la de la organización que le ayuda.',
  'about.addressHintRestitution':
    'Esta dirección sale en los papeles del caso penal contra el tratante. La pueden ver el tribunal, la fiscalía, la oficina de libertad condicional (probation) y, es posible, el tratante y su abogado. Si no es seguro, no ponga la dirección de su casa: use una dirección postal, la de su abogado o la de la organización que le ayuda, o deje la dirección en blanco. Muchos estados tienen un programa de dirección confidencial (Address Confidentiality Program; en algunos estados se llama Safe at Home): pregunte en la organización que le ayuda.',
  'about.line1': 'Dirección, línea 1',
  'about.line2': 'Dirección, línea 2',
  'about.city': 'Ciudad',
  'about.state': 'Estado',
  'about.postalCode': 'Código postal (ZIP)',
  'about.phone': 'Número de teléfono',
  'about.email': 'Correo electrónico',
  'about.attorney': 'El abogado',
  'about.attorneyName': 'Nombre del abogado',
  'about.barNumber': 'Número de licencia de abogado (bar number)',
  'about.firm': 'Despacho u organización',
  'about.attorneyPhone': 'Teléfono del abogado',
  'about.attorneyEmail': 'Correo electrónico del abogado',

  'check.title': 'Revise sus respuestas',
  'check.lead': 'Revise que todo esté bien antes de preparar los documentos.',
  'check.where': 'Dónde fue el arresto o la condena',
  'check.records': 'Antecedentes',
  'check.trafficking': 'La trata',
  'check.types': 'Tipo',
  'check.period': 'Cuándo',
  'check.sought': 'Pidió ayuda por primera vez',
  'check.docs': 'Documentos',
  'check.account': 'Relato',
  'check.accountWords': '{n} palabras',
  'check.accountWords.one': '1 palabra',
  'check.accountEmpty': 'Todavía no escrito',
  'check.you': 'Sobre usted',
  'check.attorney': 'Abogado',
  'check.none': 'Ninguno',
  'check.now': 'hasta ahora',
  'check.ended': 'Terminó',
  'check.notEnded': 'No, sigue ocurriendo',
  'check.notGiven': 'No indicado',
  'check.submit': 'Preparar mis documentos',

  'download.title': 'Ya puede descargar sus documentos',
  'download.lead':
    'Elija un formato. El archivo se prepara ahora y se le envía directamente; no se guarda nada. Los documentos judiciales van en inglés; las instrucciones, en español.',
  'download.pdf': 'Descargar PDF',
  'download.pdfHint': 'Para imprimir, firmar y presentar.',
  'download.docx': 'Descargar documento de Word (DOCX)',
  'download.docxHint': 'Para editar antes de presentar.',
  'download.zip': 'Descargar cada documento por separado (ZIP)',
  'download.next': 'Qué hacer después',
  'download.next1':
    'No firme nada que no entienda. Los documentos están en inglés. Si no lee bien el inglés, pida a una organización de ayuda o a un abogado gratuito que le lea cada página en español antes de firmar. Complete a mano lo que esté marcado para eso.',
  'download.next2':
    'Algunos documentos se firman delante de un notario. Las instrucciones en español, al final del PDF, dicen cuáles. No los firme antes de estar con el notario. Algunos no los firma usted, sino otra persona (por ejemplo, quien entrega los documentos a la otra parte): las instrucciones dicen quién.',
  'download.next3':
    'Las instrucciones al final de los documentos dicen dónde presentarlos, a quién enviar copias, los plazos y los costos.',
  'download.next4':
    'Si puede, pida a un abogado gratuito que revise los documentos antes de presentarlos.',
  'download.save': 'Conserve sus respuestas',
  'download.saveText':
    'Descargue sus respuestas como archivo para continuar después desde la página de inicio. Guarde el archivo en un lugar seguro: contiene todo lo que escribió. Los archivos que descargue (PDF, Word o sus respuestas) quedan en su teléfono o computadora, en la carpeta de Descargas. Si otra persona usa su teléfono, bórrelos cuando ya no los necesite.',

  'save.hint': 'Descarga un archivo con sus respuestas hasta ahora. Aquí no se guarda nada.',

  'problem.title': 'Algo salió mal',
  'problem.csrf':
    'Esta página había caducado o venía de otro sitio, así que no la usamos. No se guardó nada. Empiece de nuevo y permita las cookies para este sitio: usamos una solo para proteger el formulario.',
  'problem.draft':
    'No pudimos leer sus respuestas: se cambiaron o son de una versión anterior. No se guardó nada. Empiece de nuevo o continúe desde un archivo guardado.',
  'problem.tooLarge':
    'Lo que envió es demasiado grande. Acorte la respuesta más larga o continúe desde un archivo guardado más pequeño.',
  'problem.file':
    'No pudimos leer ese archivo. Elija el archivo de respuestas .json que guardó desde esta herramienta.',
  'problem.notFound': 'No se encontró la página',
  'problem.notFoundText': 'No hay ninguna página en esta dirección.',
  'problem.render':
    'No pudimos preparar los documentos en este momento. No se guardó nada. Vuelva atrás e inténtelo de nuevo.',

  'field.offense': 'el cargo',
  'field.description': 'cómo se llamaba el cargo',
  'field.arrestDate': 'la fecha del arresto',
  'field.convictionDate': 'la fecha de la condena',
  'field.court': 'el tribunal',
  'field.county': 'el condado',
  'field.docketNumber': 'el número de expediente o de caso',
  'field.juvenile': 'si el caso fue en un tribunal de familia o de menores',
  'field.who': 'quién está llenando esto',
  'field.jurisdiction': 'dónde fue el arresto o la condena',
  'field.another': 'si quiere agregar otro antecedente',
  'field.types': 'el tipo de trata',
  'field.startDate': 'cuándo empezó la trata',
  'field.endDate': 'cuándo terminó la trata',
  'field.servicesSoughtDate': 'cuándo pidió ayuda por primera vez',
  'field.documentation': 'los documentos',
  'field.narrative': 'el relato',
  'field.legalName': 'el nombre legal completo',
  'field.otherNames': 'los otros nombres',
  'field.dateOfBirth': 'la fecha de nacimiento',
  'field.line1': 'la primera línea de la dirección',
  'field.line2': 'la segunda línea de la dirección',
  'field.city': 'la ciudad',
  'field.state': 'el estado',
  'field.postalCode': 'el código postal',
  'field.phone': 'el número de teléfono',
  'field.email': 'el correo electrónico',
  'field.attorneyName': 'el nombre del abogado',
  'field.barNumber': 'el número de licencia de abogado',
  'field.firm': 'el despacho u organización',
  'field.attorneyPhone': 'el teléfono del abogado',
  'field.attorneyEmail': 'el correo electrónico del abogado',
  'field.records': 'al menos un antecedente',
  'field.offenseDate': 'la fecha de los hechos',
  'field.disposition': 'cómo terminó el caso',
  'field.imprisoned': 'si le impusieron prisión o cárcel',
  'field.courtKind': 'en qué tribunal estuvo el caso',
  'field.courtName': 'el nombre del tribunal',
  'field.arrestPlace': 'dónde fue el arresto',
  'field.childVictim': 'si un menor fue víctima',
  'field.ended': 'si la trata terminó',

  'rule.required': 'Escriba {label}',
  'rule.choose': 'Elija {label}',
  'rule.date': 'Escriba {label} como mes/día/año, por ejemplo 03/01/2012',
  'rule.future': '{Label} no puede ser una fecha futura',
  'rule.tooLong': '{Label} debe tener {max} caracteres o menos',
  'rule.email': 'Escriba {label} así: nombre@ejemplo.org',
  'rule.afterArrest': 'La fecha de la condena debe ser el mismo día del arresto o después',
  'rule.endAfterStart': 'El fin de la trata debe ser el mismo día de su comienzo o después',
  'rule.afterBirth': 'La fecha del arresto debe ser posterior a la fecha de nacimiento',
  'rule.rowIncomplete': 'Fila {n}: escriba el cargo y la fecha del arresto',
  'rule.addRecord': 'Agregue al menos un antecedente: el cargo y la fecha del arresto',
  'rule.addressPart':
    'Escriba la dirección completa (línea 1, ciudad, estado y código postal) o déjela toda vacía',
  'rule.caseCheck': 'Revise esta respuesta: {message}',
  'check.error.afterBirth':
    'La fecha del arresto ({arrest}) es antes de su fecha de nacimiento ({birth}). Revise las dos fechas.',
  'check.error.trafficking': 'Agregue cuándo empezó la trata y de qué tipo fue',
  'check.error.criminalCase':
    'Agregue el caso penal: el tribunal, el número de caso y los acusados',
  'check.error.inEnglish': 'Revise esta respuesta (el mensaje está en inglés):',
  'field.documentDate': 'la fecha del documento',
  'rule.row': 'Fila {n}: {message}',
  'rule.offenseBeforeArrest':
    'La fecha de los hechos debe ser igual o anterior a la fecha del arresto',
  'rule.dateNotConvicted':
    'La fecha de condena es solo para una condena. En «¿Cómo terminó el caso?», elija la respuesta «culpable», o borre la fecha',
  'rule.imprisonedNotConvicted':
    'La pena de prisión o cárcel es solo para una condena: déjela vacía o agregue la fecha de condena',
  'rule.courtName': 'Escriba el nombre del tribunal, o elija "No lo sé"',
  'rule.familyCourt': 'Eligió el Tribunal de Familia: responda Sí, o elija otro tribunal',
  'start.relief': '¿Qué quiere pedirle a un tribunal?',
  'start.relief.vacatur': 'Limpiar un antecedente',
  'start.relief.vacaturHint':
    'Un arresto o una condena relacionados con la trata: anularlo, borrarlo o sellarlo, según el lugar.',
  'start.relief.restitution': 'Que el tratante le pague (restitución)',
  'start.relief.restitutionHint':
    'Si hay un caso penal contra la persona responsable de la trata, usted puede pedir que, si la declaran culpable, el juez le ordene pagarle a usted por su trabajo y sus pérdidas.',

  'where.titleRestitution': '¿Dónde está el caso penal contra el tratante?',
  'where.hintRestitution': 'Elija el estado o el tribunal federal donde acusaron al tratante.',
  'where.noRestitutionHint':
    'Esta herramienta todavía no puede preparar una solicitud de restitución aquí.',

  'norest.title': 'Todavía no podemos preparar una solicitud de restitución para {place}',
  'norest.text':
    'Esta herramienta solo tiene la ley de restitución de los lugares indicados en la página anterior. Eso no quiere decir que no pueda pedir restitución en {place}.',
  'norest.next': 'Qué más puede ayudar',
  'norest.federal':
    'Si acusaron al tratante en un tribunal federal (un Tribunal de Distrito de los Estados Unidos), vuelva atrás y elija el tribunal federal.',
  'norest.prosecutor':
    'Dígale a la fiscalía (muchas veces a su personal de atención a víctimas y testigos) que quiere restitución, y pregunte cómo y cuándo entregar una lista de sus pérdidas. Conviene preguntar antes de la sentencia.',
  'norest.civil':
    'La ley federal también permite a un sobreviviente demandar a un tratante por daños en un caso civil (18 U.S.C. § 1595). Un abogado puede decirle si le corresponde.',
  'norest.lawyer': 'Ayuda legal gratuita:',
  'norest.back': 'Elegir otro lugar',

  'criminalCase.title': 'El caso penal contra el tratante',
  'criminalCase.lead':
    'Estos datos están en los documentos del caso. El personal de atención a víctimas de la fiscalía también puede dárselos.',
  'criminalCase.court': 'Tribunal',
  'criminalCase.caseNumber': 'Número de caso',
  'criminalCase.caseNumberHint': 'Por ejemplo 1:19-cr-00123.',
  'criminalCase.defendants': 'Acusados',
  'criminalCase.defendantsHint':
    'Los nombres de las personas acusadas, como aparecen en los documentos del caso. Un nombre por línea.',

  'period.titleN': 'Período de trabajo {n}',
  'period.lead':
    'Un tiempo en el que el trabajo fue más o menos igual cada semana. Si las horas o el dinero cambiaron, agregue cada tramo como un período aparte. Los cálculos aproximados sirven.',
  'period.start': 'Primer día de este período',
  'period.end': 'Último día de este período',
  'period.dateHint': 'Mes/día/año, por ejemplo 01/05/2015.',
  'period.hoursPerWeek': 'Horas trabajadas en una semana normal',
  'period.hoursHint':
    'Un número del 1 al 168 (una semana tiene 168 horas). Cuente todas las horas que tuvo que trabajar.',
  'period.daysPerWeek': 'Días trabajados en una semana normal',
  'period.daysHint': 'Un número del 1 al 7.',
  'period.gross': 'Lo que el tratante se quedó en este período',
  'period.grossState': 'Lo que el tratante ganó con su trabajo en este período',
  'period.grossHint':
    'Todo el dinero, en dólares, sin restar ningún gasto del tratante. Un cálculo aproximado sirve, por ejemplo una cuota por noche por el número de noches. Escriba 0 si no lo sabe.',
  'period.paid': 'Lo que le pagaron o le dejaron quedarse en este período',
  'period.paidHint': 'En dólares. Déjelo vacío si no le pagaron nada.',
  'period.market': 'Lo que suele pagarse por hora por este tipo de trabajo',
  'period.marketHint':
    'En dólares, por ejemplo 25.00, si lo sabe. Es una de las medidas que se comparan en las páginas siguientes.',

  'periods.title': 'Sus períodos de trabajo',
  'periods.count': 'Ha agregado {n} períodos de trabajo.',
  'periods.count.one': 'Ha agregado 1 período de trabajo.',
  'periods.another': '¿Quiere agregar otro período de trabajo?',
  'periods.dates': 'Fechas',
  'periods.hours': 'Horas por semana',
  'periods.days': 'Días por semana',
  'periods.gross': 'El tratante se quedó',
  'periods.paid': 'Le pagaron',
  'periods.market': 'Tarifa de mercado por hora',

  'losses.title': 'Sus pérdidas',
  'losses.lead':
    'También puede pedir el dinero que perdió o gastó por la trata, además del valor de su trabajo. Los tipos de pérdida son:',
  'losses.count': 'Ha agregado {n} pérdidas.',
  'losses.count.one': 'Ha agregado 1 pérdida.',
  'losses.none': 'No ha agregado ninguna pérdida.',
  'losses.any': '¿Quiere agregar una pérdida?',
  'losses.another': '¿Quiere agregar otra pérdida?',
  'losses.hint': 'Guarde los recibos o facturas si los tiene. Si no, un cálculo aproximado sirve.',
  'losses.category': 'Tipo',
  'losses.amount': 'Cantidad',
  'losses.dates': 'Fechas',

  'loss.titleN': 'Pérdida {n}',
  'loss.category': '¿Qué tipo de pérdida es?',
  'loss.description': 'Para qué fue',
  'loss.descriptionHint':
    'En inglés si puede (por ejemplo: Counseling, 40 sessions). Esta descripción sale en los documentos para el tribunal.',
  'loss.amount': 'Cantidad',
  'loss.amountHint': 'En dólares, por ejemplo 4800 o $4,800.00.',
  'loss.dates': 'Cuándo',
  'loss.datesHint': 'Mes/día/año, si la pérdida abarca un tiempo (por ejemplo, ingresos perdidos).',
  'loss.start': 'Desde',
  'loss.end': 'Hasta',

  'claim.title': 'Lo que puede pedir',
  'claim.lead':
    'Según sus respuestas, esta es la cantidad que puede pedir y cómo se calcula. Revise cada cifra: son los números de sus documentos.',
  'claim.law': 'La ley',
  'claim.work': 'El valor de su trabajo',
  'claim.workLead':
    'Sus documentos comparan estas formas de valorar el trabajo y piden la más alta.',
  'claim.col.method': 'Medida',
  'claim.col.law': 'Ley',
  'claim.col.amount': 'Cantidad',
  'claim.highest': 'La más alta',
  'claim.winner': 'La más alta es {method}: {amount}. Esto es lo que pide por el trabajo.',
  'claim.winnerOnly': 'El valor del trabajo es {amount} ({method}).',
  'claim.noWinner':
    'Todavía no hay un valor para el trabajo: los períodos de trabajo suman $0. Revise las horas y lo que se quedó el tratante.',
  'claim.losses': 'Sus pérdidas',
  'claim.noLosses': 'No agregó pérdidas.',
  'claim.lossesTotal': 'Total de sus pérdidas',
  'claim.total': 'El total que puede pedir',
  'claim.totalWork': 'El valor de su trabajo',
  'claim.totalLosses': 'Sus pérdidas',
  'claim.totalSum': 'Total',
  'claim.nothing':
    'Todavía no hay nada que pedir: agregue períodos de trabajo o pérdidas, con sus cantidades.',
  'claim.alternative': 'Una alternativa que un abogado puede plantear (no se suma)',
  'claim.liquidatedText':
    'Algunos tribunales han duplicado el valor según el salario mínimo («daños liquidados»). Duplicado, es {doubled}, y el total sería {total}. Esto no forma parte de lo que piden sus documentos.',
  'claim.liquidatedNoChange':
    'Algunos tribunales han duplicado el valor según el salario mínimo («daños liquidados»). Duplicado, es {doubled}, y sigue sin ser la medida más alta, así que el total no cambiaría.',
  'claim.warnings': 'Revise esto',
  'claim.warning.lost-income-may-overlap':
    'La pérdida {loss} («{description}») es un ingreso perdido sin fechas. Si cubre un tiempo que ya se cuenta como trabajo arriba, el tribunal podría pensar que se cuenta dos veces. Agregue sus fechas o explique por qué es aparte (por ejemplo, ingresos que perdió después de que terminó la trata).',
  'claim.warning.lost-income-overlaps-work':
    'La pérdida {loss} («{description}») cubre días que ya se cuentan como trabajo en el período {period} (del {start} al {end}). El tribunal podría pensar que se cuentan dos veces. Explique por qué la pérdida es aparte, o quite los días repetidos.',
  'claim.warning.before-wage-table':
    'Período {period}: los días del {start} al {end} son anteriores al primer salario mínimo de la tabla de este lugar ({first}), así que no se valoran con el salario mínimo. Un abogado debería agregar el salario mínimo de esa época.',
  'claim.warning.market-rate-partial':
    'Escribió una tarifa de mercado para {given} de {periods} períodos, así que el total con la tarifa de mercado cubre solo esos períodos. Agregue una tarifa de mercado para los demás períodos, para comparar de igual a igual.',
  'claim.details': 'Cómo se calculó cada cifra',
  'claim.wageTable': 'El salario mínimo, línea por línea',
  'claim.incomeTable': 'Lo que se quedó el tratante, período por período',
  'claim.col.period': 'Período',
  'claim.col.dates': 'Fechas',
  'claim.col.hours': 'Horas',
  'claim.col.rate': 'Tarifa',
  'claim.col.value': 'Valor',
  'claim.col.paid': 'Le pagaron',
  'claim.col.net': 'Se le debe',
  'claim.deadlines': 'Plazos y reglas',
  'claim.review': 'Notas técnicas para su abogado (no tiene que leerlas)',

  'check.whereRestitution': 'Dónde está el caso',
  'check.relief': 'Lo que pide',
  'check.criminalCase': 'El caso penal',
  'check.caseNumber': 'Número de caso',
  'check.defendants': 'Acusados',
  'check.periods': 'Períodos de trabajo',
  'check.losses': 'Pérdidas',
  'check.noLosses': 'Ninguna',

  'field.relief': 'lo que quiere pedirle a un tribunal',
  'field.criminalCourt': 'el tribunal del caso penal',
  'field.caseNumber': 'el número de caso',
  'field.defendants': 'al menos un acusado',
  'field.defendantName': 'el nombre de cada acusado',
  'field.periodStart': 'el primer día del período',
  'field.periodEnd': 'el último día del período',
  'field.hoursPerWeek': 'las horas trabajadas en una semana normal',
  'field.daysPerWeek': 'los días trabajados en una semana normal',
  'field.grossToDefendant': 'lo que se quedó el tratante',
  'field.paidToVictim': 'lo que le pagaron',
  'field.marketRatePerHour': 'la tarifa de mercado por hora',
  'field.anotherPeriod': 'si quiere agregar otro período de trabajo',
  'field.anotherLoss': 'si quiere agregar una pérdida',
  'field.lossCategory': 'el tipo de pérdida',
  'field.lossDescription': 'para qué fue la pérdida',
  'field.lossAmount': 'la cantidad de la pérdida',
  'field.lossStart': 'el primer día de la pérdida',
  'field.lossEnd': 'el último día de la pérdida',

  'rule.money':
    'Escriba {label} en dólares, con punto para los centavos: 1200.50 o $1,200.50. No use punto para los miles: escriba 4800, no 4.800',
  'rule.moneyNegative': '{Label} no puede ser menos de $0',
  'rule.moneyTooLarge': '{Label} es demasiado grande para ser correcto; revíselo',
  'rule.moneyPositive': 'Escriba {label}: más de $0',
  'rule.range': 'Escriba {label} como un número del {min} al {max}',
  'rule.wholeRange': 'Escriba {label} como un número entero del {min} al {max}',
  'rule.periodEndAfterStart':
    'El último día del período debe ser el mismo día del primero o después',
  'rule.lossEndAfterStart':
    'El último día de la pérdida debe ser el mismo día del primero o después',
  'rule.defendantsMany': 'Escriba como máximo 20 acusados, uno por línea',
  'clinic.title': 'Borradores para muchos clientes',
  'clinic.heading': 'Borradores para muchos clientes a la vez',
  'clinic.intro':
    'Suba una hoja de cálculo de sus clientes, guardada como CSV, y reciba un solo ZIP: una carpeta de borradores para cada cliente (cada documento en PDF y en Word editable, con instrucciones para presentarlo), un resumen de lo que cada cliente puede pedir y una lista de todo lo que haya que corregir.',
  'clinic.fill': '1. Llene la plantilla',
  'clinic.template': 'Descargar la plantilla CSV',
  'clinic.templateLang':
    'Deje la fila de encabezado como está en la plantilla: los nombres de las columnas y valores como vacatur, felony o yes van en inglés y se leen tal como están escritos.',
  'clinic.rule.rows':
    'Una fila por cada cargo. Un cliente con tres cargos tiene tres filas con el mismo',
  'clinic.rule.details':
    'Los datos del cliente (nombre, fechas, relato) pueden ir solo en la primera fila, o repetirse iguales en cada fila.',
  'clinic.rule.dates':
    'Escriba las fechas como AAAA-MM-DD (año-mes-día). Si su hoja de cálculo las cambia a 3/1/2012, dé formato de texto a esas columnas.',
  'clinic.rule.utf8Before': 'Guárdela como',
  'clinic.rule.utf8After': 'para que nombres como Nguyễn y Łukasz salgan bien.',
  'clinic.rule.errorsBefore':
    'Una fila con un problema nunca detiene a las demás: su cliente aparece en',
  'clinic.rule.errorsAfter':
    'con la fila, la columna y lo que hay que cambiar, y todos los demás clientes reciben sus borradores.',
  'clinic.columns.summary': 'Qué va en cada columna',
  'clinic.columns.caption':
    'Columnas del CSV por lotes (el orden no importa; las demás columnas se ignoran)',
  'clinic.columns.name': 'Columna',
  'clinic.columns.what': 'Qué escribir',
  'clinic.columns.needed': '¿Necesaria?',
  'clinic.columns.perCharge': '(por cargo)',
  'clinic.columns.required': 'Columna obligatoria',
  'clinic.columns.optional': 'Opcional',
  'clinic.upload': '2. Súbala',
  'clinic.file.label': 'Su archivo CSV',
  'clinic.file.hint':
    'Hasta {mb} MB y {rows} filas. No se guarda nada de lo que suba: los borradores se hacen mientras espera y se le envían de inmediato.',
  'clinic.button.drafts': 'Hacer los borradores (ZIP)',
  'clinic.button.check': 'Solo revisar',
  'clinic.buttons.hint':
    'Solo revisar enumera cada problema sin hacer borradores. Redactar unos cientos de clientes toma uno o dos minutos.',
  'clinic.drafts.note':
    'Son borradores: lea cada uno con el cliente antes de firmar o presentar nada. La línea de comandos hace lo mismo sin conexión:',
  'clinic.drafts.english': 'Los documentos para el tribunal se redactan en inglés.',

  'clinic.col.client_id':
    'Su propia referencia para el cliente (no su nombre). Las filas con el mismo client_id son un solo cliente. Da nombre a la carpeta del cliente en el ZIP.',
  'clinic.col.jurisdiction':
    'Dónde están los antecedentes: {codes} (una sola jurisdicción por cliente).',
  'clinic.col.relief':
    'vacatur (limpiar antecedentes: anularlos, borrarlos o sellarlos, según el lugar). Las solicitudes de restitución se hacen una por una en el formulario.',
  'clinic.col.legal_name':
    'El nombre legal completo del cliente, tal como debe aparecer en los documentos.',
  'clinic.col.other_names':
    'Otros nombres que aparecen en los antecedentes, separados por ; (Mary Lopez;M. Lopez).',
  'clinic.col.date_of_birth': 'AAAA-MM-DD, por ejemplo 1990-04-12.',
  'clinic.col.address_line1':
    'Dirección postal para los documentos judiciales (opcional; deje la dirección en blanco para llenarla a mano).',
  'clinic.col.address_line2': 'Apartamento, suite.',
  'clinic.col.city': 'Ciudad.',
  'clinic.col.state': 'Estado, por ejemplo NY.',
  'clinic.col.postal_code': 'Código postal (ZIP).',
  'clinic.col.phone': 'Número de teléfono.',
  'clinic.col.email': 'Correo electrónico.',
  'clinic.col.offense': 'El cargo tal como aparece en el antecedente, por ejemplo PL 230.00.',
  'clinic.col.offense_description': 'Cómo se llama el cargo, por ejemplo Prostitution.',
  'clinic.col.level': 'felony, misdemeanor, violation, infraction o petty-offense, en inglés.',
  'clinic.col.arrest_date': 'AAAA-MM-DD.',
  'clinic.col.conviction_date':
    'AAAA-MM-DD; déjela en blanco si no hubo condena (un arresto o una desestimación).',
  'clinic.col.court': 'El tribunal que vio el cargo.',
  'clinic.col.county': 'El condado de ese tribunal.',
  'clinic.col.docket_number': 'El número de expediente o de caso.',
  'clinic.col.juvenile':
    'yes si fue una resolución de un tribunal de menores; en blanco o no en los demás casos.',
  'clinic.col.trafficking_types': 'sex (sexual), labor (laboral) o sex;labor.',
  'clinic.col.trafficking_start': 'Cuándo empezó la trata, AAAA-MM-DD.',
  'clinic.col.trafficking_end': 'Cuándo terminó, AAAA-MM-DD (en blanco si no ha terminado).',
  'clinic.col.services_sought_date':
    'Cuándo buscó el cliente ayuda o servicios por primera vez, AAAA-MM-DD.',
  'clinic.col.narrative':
    'En las propias palabras del cliente: cómo los cargos fueron resultado de la trata. Se pueden poner saltos de línea dentro de comillas.',
  'clinic.col.documentation':
    'Documentos que lo respaldan, como tipo:emisor:fecha separados por ; (t-visa:USCIS:2016-05-01). Tipos: t-visa, u-visa, continued-presence, certification-letter, law-enforcement, service-provider, court-finding, other.',
  'clinic.col.disposition':
    'Cómo terminó el caso (opcional): pending (pendiente), dismissed (desestimado), dismissed-on-government-motion (desestimado a pedido de la fiscalía), acquitted (absolución), not-prosecuted (sin proceso) u other (otro). En blanco si hubo condena (lo indica conviction_date) o si no se sabe.',
  'clinic.col.imprisoned':
    'Para una condena: yes si le impusieron prisión o cárcel, no si no (opcional; en blanco si no se sabe).',
  'clinic.col.offense_date':
    'Cuándo ocurrieron los hechos, AAAA-MM-DD, si no fue la fecha del arresto; igual o anterior a arrest_date (opcional).',
  'clinic.col.child_victim':
    'Antecedentes federales: yes si un menor de 18 años fue víctima del delito, no si no; en blanco o unknown si no se sabe (opcional).',
  'clinic.col.arrest_place':
    'Dónde fue el arresto, ciudad y estado, como Newark, New Jersey (opcional; la solicitud federal sobre un arresto va a ese distrito).',

  'clinic.error.expired':
    'Este formulario había caducado. Elija de nuevo su archivo CSV y presione un botón.',
  'clinic.error.noFile': 'Elija un archivo CSV para subir y luego presione uno de los botones.',
  'clinic.error.row': 'Fila {row}: {message}',
  'clinic.error.tooLarge': 'El archivo pesa más de {size}. Divídalo en archivos más pequeños.',
  'clinic.error.tooManyRows':
    'El archivo tiene más de {max} filas. Divídalo en archivos más pequeños o procéselo por partes (relief batch --shard).',
  'clinic.error.empty':
    'El archivo está vacío. Empiece con la plantilla: tiene la fila de encabezado y un ejemplo.',
  'clinic.error.missingColumn': 'Al archivo le falta la columna {columns}.',
  'clinic.error.missingColumns': 'Al archivo le faltan las columnas {columns}.',
  'clinic.error.addColumns':
    'Agréguelas a la fila de encabezado (fila 1); la plantilla tiene todas las columnas.',
  'clinic.error.noColumns':
    'No se encontró ninguna columna de la plantilla: guarde la hoja de cálculo como "CSV UTF-8" y conserve la fila de encabezado de la plantilla.',
  'clinic.error.duplicate':
    'La columna {column} aparece dos veces (columnas {first} y {second}). Deje una.',
  'clinic.error.nearLine': ' cerca de la línea {line} del archivo',
  'clinic.error.quoteNotClosed':
    'Unas comillas abiertas{where} nunca se cierran, así que no se pueden separar las filas que siguen. Busque en esa celda unas " de más y guarde el archivo de nuevo.',
  'clinic.error.quoteText':
    'Una celda entre comillas{where} tiene texto después de las comillas de cierre. Dentro de una celda entre comillas, escriba las comillas como "" y guarde el archivo de nuevo.',
  'clinic.error.notCsv':
    'No se pudo leer el archivo como CSV{where}. Guárdelo desde la hoja de cálculo como "CSV UTF-8" e intente de nuevo.',
  'clinic.error.clientId':
    'Escriba un client_id en esta fila, para juntarla con las demás filas del cliente.',
  'clinic.error.cells':
    'Esta fila tiene {cells} celdas, pero el encabezado tiene {header}. Una coma dentro de una celda requiere poner la celda entre comillas; revise las celdas de esta fila.',
  'clinic.error.differs':
    'El valor de {column} en esta fila es distinto del de la fila {first} del mismo cliente. Hágalos coincidir, o déjelo en blanco en todas las filas después de la primera.',
  'clinic.error.tooManyRecords':
    'Este cliente tiene {rows} filas; un caso puede tener como máximo {max} antecedentes. Divídalas en dos clientes (dos client_id).',
  'clinic.error.unreadable':
    'Esta celda tiene caracteres que no se pudieron leer. Guarde la hoja de cálculo como "CSV UTF-8" para que los nombres y los acentos salgan bien.',
  'clinic.error.juvenile': 'Escriba yes o no en juvenile (en blanco significa no).',
  'clinic.error.imprisoned':
    'Escriba yes o no en imprisoned: si a la persona le impusieron prisión o cárcel por esta condena (en blanco significa que no se sabe).',
  'clinic.error.childVictim':
    'Escriba yes, no o unknown en child_victim: si un menor de 18 años fue víctima del delito (en blanco significa que no se sabe).',
  'clinic.error.disposition':
    'Escriba cómo terminó el caso en disposition: pending, dismissed, dismissed-on-government-motion, acquitted, not-prosecuted, other, o convicted con una fecha en conviction_date (en blanco si no se sabe).',
  'clinic.error.convictedUndated':
    'disposition dice convicted: escriba la fecha de la condena en conviction_date (AAAA-MM-DD), o cambie disposition.',
  'clinic.error.restitution':
    'Las filas por lotes no llevan los datos de restitución (el caso penal, los acusados, el trabajo y las pérdidas). Prepare las solicitudes de restitución una por una en el formulario o en la API, o ponga vacatur en relief.',
  'clinic.error.traffickingTypes': 'Escriba sex, labor o sex;labor en trafficking_types.',
  'clinic.warning.unknownColumn':
    'La columna "{column}" no es una de las que lee el modo por lotes, así que se ignoró. Revise cómo está escrita si debía ser una de las columnas de la plantilla.',

  'clinic.report.title': 'Revisión de su CSV',
  'clinic.report.client.one': '1 cliente',
  'clinic.report.client.other': '{n} clientes',
  'clinic.report.row.one': '1 fila',
  'clinic.report.row.other': '{n} filas',
  'clinic.report.ready.one': '{n} listo',
  'clinic.report.ready.other': '{n} listos',
  'clinic.report.notReady': '{n} con problemas',
  'clinic.report.counts': '{clients} en {rows}:',
  'clinic.report.fixAndCheck':
    'Corrija las filas de abajo y revise de nuevo; los clientes listos se redactarán de todos modos.',
  'clinic.report.allReady': 'todos están listos para redactar.',
  'clinic.report.fix': 'Qué corregir',
  'clinic.report.fixCaption':
    'Cada problema, por fila de la hoja de cálculo (el encabezado es la fila 1)',
  'clinic.report.row': 'Fila',
  'clinic.report.client': 'Cliente',
  'clinic.report.column': 'Columna',
  'clinic.report.change': 'Qué cambiar',
  'clinic.report.englishNote':
    'Algunos mensajes vienen de la revisión del caso y se muestran en inglés, como los nombres de las columnas.',
  'clinic.report.ignored': 'Ignorado',
  'clinic.report.clients': 'Clientes',
  'clinic.report.clientsCaption':
    'Lo que cada cliente puede pedir, según los datos de las filas («requiere revisión» significa que una persona debe revisarlo)',
  'clinic.report.jurisdiction': 'Jurisdicción',
  'clinic.report.isReady': '¿Listo?',
  'clinic.report.overall': 'En conjunto',
  'clinic.report.records': 'Cada antecedente',
  'clinic.report.yes': 'Listo',
  'clinic.report.notYet': 'Todavía no',
  'clinic.report.record': 'fila {row}: {status}',
  'clinic.report.again': 'Subir un archivo',
  'clinic.status.eligible': 'elegible',
  'clinic.status.ineligible': 'no elegible',
  'clinic.status.needs-review': 'requiere revisión',
  'clinic.overall.eligible': 'elegible',
  'clinic.overall.partially-eligible': 'elegible en parte',
  'clinic.overall.ineligible': 'no elegible',
  'clinic.overall.needs-review': 'requiere revisión',

  // Issue 12: seguridad, navegación y respuestas flexibles (en un bloque para facilitar la unión).
  'safe.siteName': 'Ayuda con formularios judiciales',
  'safe.titleStep': 'Ayuda con formularios judiciales — paso {n} de {total}',
  'safe.exitHint':
    'La salida rápida queda siempre arriba en la pantalla. Con un teclado, pulse Mayús tres veces, o Esc cuando no esté escribiendo en una casilla.',
  'safety.heading': 'Si ahora no está a salvo',
  'safety.hotline':
    'Puede llamar gratis a la Línea Nacional contra la Trata de Personas a cualquier hora: {call}, o enviar un mensaje de texto al {text}.',
  'safety.alert':
    'Presentar documentos en el tribunal puede alertar a la persona que le controla. Puede ayudar hablar antes con un abogado gratuito, para planear cómo y cuándo presentarlos.',
  'safety.goOn': 'Aun así, puede seguir y preparar sus documentos cuando le parezca bien.',
  'sworn.heading': 'Qué significa “bajo juramento”',
  'sworn.text1':
    'Su relato se convierte en una declaración jurada. Usted la firma “bajo pena de perjurio”: eso quiere decir que promete que es verdad según lo que sabe, y que decir algo falso a sabiendas sería un delito.',
  'sworn.text2':
    'No pasa nada si no recuerda todo o si da las fechas aproximadas. Escriba solo lo que sabe.',
  'sworn.short':
    'El relato puede ser corto: unas pocas frases bastan. También puede dejarlo vacío y escribirlo después.',
  'remove.title': '¿Quitar {name}?',
  'remove.lead': 'Se quitará de sus respuestas. Puede volver a añadirlo después.',
  'remove.yes': 'Sí, quitar {name}',
  'remove.no': 'No, conservarlo',
  'remove.periodN': 'el período de trabajo {n}',
  'remove.lossN': 'la pérdida {n}',
  'date.day': 'Día',
  'date.month': 'Mes',
  'date.year': 'Año',
  'date.chooseMonth': 'Elija',
  'date.hint':
    'Por ejemplo 27 marzo 2012. Basta con una fecha aproximada: los documentos dicen “en o alrededor de”.',
  'date.hintExact': 'Por ejemplo 27 marzo 1990.',
  'date.hintSought':
    'Si corresponde. Algunas leyes cuentan el plazo desde esta fecha. Basta con una fecha aproximada.',
  'date.needDay':
    '{Label} debe incluir el día. Si no lo sabe, dé una fecha aproximada: los documentos dicen “en o alrededor de”',
  'date.needMonth':
    '{Label} debe incluir el mes. Si no lo sabe, dé una fecha aproximada: los documentos dicen “en o alrededor de”',
  'date.needYear': '{Label} debe incluir el año',
  'date.year4': 'El año de {label} debe tener 4 números, como 2012',
  'date.real': '{Label} debe ser una fecha que exista',
  'date.hintOffense':
    'Déjelo vacío si fue el mismo día del arresto. Basta con una fecha aproximada.',
  'period.overlap':
    'Estas fechas coinciden con el período de trabajo {n} ({from} a {to}). El trabajo se cuenta una sola vez: cambie estas fechas o cambie el período {n}',
  'start.short':
    'Responda las preguntas una a una y obtenga documentos judiciales que puede presentar, con instrucciones sencillas. No se guarda nada de lo que escribe.',
  'start.begin': 'Empezar',
  'start.more': 'Qué hace esta herramienta, y su privacidad',
  'outcome.summary': 'Sus antecedentes',
  'outcome.need': 'Lo que necesita',
  'outcome.forLawyer': 'Para su abogado: la ley, las razones y las preguntas abiertas',
  'outcome.need1':
    'Sus documentos judiciales: esta herramienta los prepara en los pasos siguientes, con instrucciones, pasos y plazos para presentarlos.',
  'outcome.need2':
    'Si las tiene, copias de sus expedientes judiciales (el secretario del tribunal se las puede dar).',
  'outcome.need3':
    'Si los tiene, documentos que muestren la trata, como una visa T o una carta de un consejero. Ninguno es necesario para empezar.',
  'coverage.title': 'Dónde puede ayudar esta herramienta',
  'coverage.lead':
    'Los lugares para los que esta herramienta prepara documentos, la ley que usa y cuándo se revisó esa ley por última vez. Un abogado gratuito puede informarle sobre lugares y antecedentes que no aparecen aquí.',
  'coverage.place': 'Lugar',
  'coverage.remedy': 'Lo que puede hacer el tribunal',
  'coverage.authority': 'Ley',
  'coverage.court': 'Dónde presentar',
  'coverage.checked': 'Última revisión de la ley',
  'coverage.papers': 'Documentos que prepara esta herramienta (en inglés)',
  'coverage.restitution': 'Pedido de restitución',
  'coverage.none': 'ninguno',
  'coverage.notYet': 'todavía no',
  'footer.coverage': 'Dónde puede ayudar esta herramienta',
  // glyph (issue 10): answers the PDF's font cannot draw.
  'glyph.title': 'Algunas letras no se verán en el PDF',
  'glyph.lead':
    'El PDF no puede dibujar bien algunos caracteres de estas respuestas. Saldrían como cuadros vacíos (□) o, en hebreo, con las palabras en otro orden:',
  'glyph.todo':
    'Los papeles del tribunal suelen necesitar los nombres en letras latinas (de la A a la Z), como están escritos en el expediente del tribunal. Use “Cambiar” en la página “Revise sus respuestas” para escribirlos así, o pregunte a un abogado qué escribir. El documento de Word (DOCX) los guarda como usted los escribió.',
  'glyph.otherAnswer': 'otra respuesta',
  'about.autofillNote':
    'En un teléfono o computadora compartidos: si el navegador ofrece guardar estos datos, elija “Nunca” o “No”. Una ventana privada (de incógnito) no guarda nada.',
  // norelief (issue 13): un estado sin alivio específico para adultos sobrevivientes de trata, o sin confirmar.
  'where.noReliefHint':
    'No encontramos una ley especial para sobrevivientes de trata aquí: esta herramienta explica otras opciones, sin documentos para el tribunal.',
  'coverage.noRelief.none-for-adults':
    'No encontramos un alivio específico para adultos sobrevivientes de trata — otras opciones',
  'coverage.noRelief.unconfirmed': 'No pudimos confirmar la ley — otras opciones',
  'outcome.noRelief.none-for-adults':
    'Hasta donde esta herramienta pudo encontrar, la ley de aquí no da a los adultos una forma especial de limpiar sus antecedentes por haber sido víctimas de trata. Por eso esta herramienta no prepara documentos para el tribunal aquí.',
  'outcome.noRelief.unconfirmed':
    'Esta herramienta no pudo confirmar qué ofrece hoy la ley de aquí a sobrevivientes de trata. Por eso esta herramienta no prepara documentos para el tribunal aquí.',
  'outcome.noRelief.options': 'Otras vías que pueden ayudar',
  'outcome.noRelief.next':
    'En los próximos pasos recibirá un paquete que explica esto, enumera estas opciones y la ayuda legal gratuita, y trae una hoja para un abogado. No tiene documentos para el tribunal.',
  // wizard (issues 11, 12): court choices and examples come from the pack.
  'record.courtOther': 'Otro tribunal (escriba su nombre abajo)',
  'record.courtNameHintFor': 'Por ejemplo: {example}. Déjelo vacío si no lo sabe.',
  'record.courtNameHintNone': 'Déjelo vacío si no lo sabe.',
  'criminalCase.courtHintAny':
    'Como aparece en los documentos del caso: el nombre completo del tribunal, con su condado o distrito si lo tiene.',
  'download.busy':
    'Preparando sus documentos. Puede tardar unos segundos; el archivo se descargará solo.',
  // wizard: the attorney path speaks of "the client" (views/render.ts picks `key@client`).
  'trafficking.endedHint@client':
    'Si sigue ocurriendo, el cliente puede llamar a la Línea Nacional contra la Trata de Personas a cualquier hora: 1-888-373-7888, o enviar un mensaje de texto al 233733. Presentar los documentos puede alertar a quien explotó al cliente; planee la presentación pensando en la seguridad del cliente.',
  'trafficking.soughtDate@client': '¿Cuándo pidió el cliente ayuda o servicios por primera vez?',
  'trafficking.docs@client': '¿Cuáles de estos documentos tiene el cliente?',
  'outcome.overall.eligible@client': 'La ley cubre todos los antecedentes anotados.',
  'outcome.overall.partially-eligible@client':
    'La ley cubre algunos de los antecedentes del cliente.',
  'outcome.overall.ineligible@client': 'La ley no cubre los antecedentes anotados.',
  'outcome.overall.needs-review@client':
    'Algunos antecedentes del cliente necesitan una revisión más detenida antes de presentar.',
  'outcome.nexus@client':
    'Cubierto quiere decir que la ley alcanza el antecedente. El cliente todavía debe mostrar al tribunal cómo se relacionaba con la trata; los documentos ayudan a hacerlo.',
  'outcome.summary@client': 'Los antecedentes del cliente',
  'outcome.forLawyer@client': 'La ley, las razones y las preguntas abiertas',
  'check.you@client': 'Sobre el cliente',
  // lead: the clinic's "make drafts" from the report, and what the ZIP held after it downloads.
  'clinic.report.draftsHeading': 'Hacer los borradores',
  'clinic.report.draftReady.one': 'Hacer el borrador del cliente listo (ZIP)',
  'clinic.report.draftReady.other': 'Hacer los borradores de los {n} clientes listos (ZIP)',
  'clinic.report.draftsSame':
    'Se envían de nuevo las mismas filas; no se guardó nada. Los clientes con problemas no reciben borrador: errors.csv, dentro del ZIP, los enumera.',
  'clinic.report.chooseAgain': 'Vuelva a elegir el mismo archivo CSV',
  'clinic.report.chooseAgainHint':
    'Un archivo de más de {mb} MB no se devuelve con esta página, y el servidor no guarda nada; elíjalo una vez más.',
  'clinic.report.noneReady':
    'Todavía no hay clientes listos para redactar: corrija las filas de abajo y vuelva a revisar.',
  'clinic.done.busy':
    'Haciendo los borradores. Unos cientos de clientes tardan uno o dos minutos; el ZIP se descarga solo.',
  'clinic.done.counts': 'Se descargó drafts.zip: borradores para {drafted} de {clients} clientes.',
  'clinic.done.missing': 'Sin borrador (errors.csv, dentro del ZIP, dice por qué): {ids}',
  'clinic.done.more': 'y {n} más',
  'clinic.done.unknown':
    'Se descargó drafts.zip. summary.csv y errors.csv, dentro del ZIP, dicen qué clientes tienen borrador.',
  'clinic.done.failed':
    'No se pudieron hacer los borradores ahora. No se guardó nada; inténtelo de nuevo o revise antes el archivo.',
  // lead: a download or upload refused before its form is read (app.ts, refusal-page.ts).
  'refusal.tooMany.title': 'Demasiadas solicitudes',
  'refusal.tooMany.text':
    'Llegaron demasiadas descargas o envíos desde esta conexión en un minuto. Espere {seconds} segundos y vuelva a intentarlo.',
  'refusal.busy.title': 'Mucha gente en este momento',
  'refusal.busy.text':
    'Mucha gente está preparando documentos en este momento. Espere {seconds} segundos y vuelva a intentarlo.',
  'refusal.back':
    'Vuelva a la página en la que estaba (el botón Atrás de su navegador): sus respuestas siguen allí. Aquí no se guardó nada.',

  // branch wiz (issue 12): too-large pages, start split into who and what, the where list.
  'big.title': 'Sus respuestas están en su última página',
  'big.text':
    'Sus respuestas son demasiado largas para que este navegador las guarde entre páginas. Están en la última página que vio: use el botón Adelante del navegador para volver a ella (si le pregunta si quiere enviar el formulario otra vez, diga que sí: no se pierde nada). Luego use los botones Atrás y Continuar de esa página, y guarde allí sus respuestas para tener una copia.',
  'big.notice':
    'Sus respuestas son largas, así que este navegador no puede guardarlas entre páginas. Use los botones Atrás y Continuar de esta página, no los del navegador, y use «Guardar mis respuestas» al final de la página para tener una copia.',
  'where.choose': 'Elija…',
  'where.groupPapers': 'Documentos listos para presentar',
  'where.groupLawyer': 'La ley explicada; un abogado prepara los documentos',
  'where.groupNone': 'No se encontró una ley específica: otras opciones',
  'where.groupRestitution': 'Solicitud de restitución lista',
  'where.groupNoRestitution': 'Todavía no hay solicitud de restitución aquí',
  'where.groupElse': 'No está en la lista',
  'start.relief@client': '¿Qué quiere pedirle el cliente a un tribunal?',
};
