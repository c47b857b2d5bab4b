/** English strings for the wizard and shared layout. `{name}` marks a value filled in at render time. */
export const en = {
  'site.name': 'Relief',
  'site.tagline': 'Court papers for survivors of trafficking',
  skip: 'Skip to main content',
  'exit.button': 'Quick exit',
  'exit.hint': 'Press Esc or use Quick exit to leave this site at once.',
  'lang.label': 'Language',
  'lang.switch': 'Español',
  'lang.switchTo': 'es',
  'lang.switchLabel': 'Ver esta página en español',
  'footer.privacy':
    'Nothing you type is stored on our server. Your answers travel only with this page.',
  'footer.notAdvice': 'This is a tool that helps you prepare papers. It is not legal advice.',
  'error.prefix': 'Error:',
  'error.summary': 'There is a problem',
  'button.continue': 'Continue',
  'button.back': 'Back',
  'button.start': 'Start now',
  'button.save': 'Save my answers',
  'button.change': 'Change',
  'button.remove': 'Remove',
  'button.startAgain': 'Start again',
  optional: '(optional)',
  yes: 'Yes',
  no: 'No',
  dontKnow: "I don't know",
  'step.of': 'Step {n} of {total}',

  'start.title':
    'Court papers for survivors of trafficking: clear a record, or ask for restitution',
  'start.lead':
    'If you were arrested or convicted for something that happened because you were being trafficked, the law in many places lets you ask a court to clear that record. If the person who trafficked you is being prosecuted, you can ask that, if they are convicted, the judge order them to pay you for your work and your losses (restitution). This tool asks you questions and turns your answers into court papers you can file.',
  'start.does': 'What this tool does',
  'start.does1':
    'Asks about your records, or the case against the trafficker, one question at a time.',
  'start.does2':
    'Tells you, in plain words, what the law of the place you choose allows for each record.',
  'start.does3':
    'Makes the court papers as a PDF and as a Word document you can edit, with instructions for filing.',
  'start.doesNot': 'What it does not do',
  'start.doesNot1': 'It is not legal advice and it does not file anything for you.',
  'start.doesNot2': 'It does not contact anyone: not the police, the court, or immigration.',
  'start.stored': 'Nothing is stored',
  'start.storedText':
    'We do not keep your answers. They travel with this page only, and are gone when you close the tab. To keep them, use “Save my answers” to download a file you control.',
  'start.history': 'Clearing your browser history',
  'start.historyText':
    'Anyone who uses this device could see the sites you visited. To remove this site from the history: in Chrome, Edge or Firefox press Ctrl+H (Cmd+Y on a Mac) and delete the entries; on a phone, open the browser menu, then History. A private or incognito window keeps no history at all.',
  'start.exitText':
    'Quick exit, at the top of every page, or the Esc key, takes you straight to the weather service website.',
  'start.lawyer': 'Free legal help',
  'start.lawyerText':
    'A lawyer can look at your records with you, for free. The Survivor Reentry Project of Freedom Network USA connects survivors of trafficking with lawyers who clear records:',
  'start.who': 'Who is filling this in?',
  'start.who.self': 'I am, for myself',
  'start.who.selfHint': 'One question at a time, with explanations.',
  'start.who.attorney': 'An attorney or advocate, for a client',
  'start.who.attorneyHint': 'Fewer pages: records as a table, with your signature block.',
  'start.who.clinic': 'A clinic, with many clients at once',
  'start.who.clinicHint': 'Upload a spreadsheet of clients and get drafts for each.',
  'start.resume': 'Continue from a saved file',
  'start.resumeHint': 'Choose the answers file you saved earlier (a .json file).',
  'start.resumeButton': 'Continue from this file',

  'where.title': 'Where is the court of the record?',
  'where.hint': 'Choose the state where the arrest or conviction happened, or federal court.',
  'where.other': 'Another state',
  'where.otherHint': 'This tool does not have its law yet.',
  'where.reliefHint': '{remedy} under {authority}',

  'nolaw.title': 'We cannot prepare papers for that state yet',
  'nolaw.text':
    'This tool only has the law of the places listed on the previous page. That does not mean there is no relief where you are: many states have a law for clearing records connected to trafficking, and each works differently.',
  'nolaw.next': 'What else may help',
  'nolaw.lawyer':
    'A free lawyer can tell you what your state offers. The Survivor Reentry Project of Freedom Network USA connects survivors with lawyers:',
  'nolaw.back': 'Choose another place',

  'record.title': 'Tell us about a record',
  'record.titleN': 'Record {n}',
  'record.hint': 'One arrest or conviction. You will be able to add more.',
  'record.offense': 'The charge, as it is written on the record',
  'record.offenseHint':
    'For example {example}. Start typing to see the charges this tool knows. You can write any charge.',
  'record.description': 'What the charge was called',
  'record.descriptionHint': 'For example: Prostitution, Loitering.',
  'record.arrestDate': 'Date of arrest',
  'record.dateHint': 'Month/day/year, for example 03/01/2012.',
  'record.convictionDate': 'Date of conviction',
  'record.court': 'Court',
  'record.courtHint': 'The name of the court, as written on the record, if you know it.',
  'record.county': 'County',
  'record.docketNumber': 'Docket or case number',
  'record.juvenile': 'Was the case in Family Court or Juvenile Court?',
  'record.unknownCharge':
    'This tool does not recognise this charge. It will be kept, and a lawyer should look at it.',
  'record.offenseDate': 'When did the offense happen, if different from the arrest date?',
  'record.offenseDateHint':
    'Month/day/year. Leave empty if it was the same day as the arrest. Your best guess is fine.',
  'record.disposition': 'How did the case end?',
  'record.dispositionHint':
    'It is on the court papers or your record (rap sheet). If you are not sure, choose "Something else, or I don\'t know".',
  'end.pending': 'It is still open (pending)',
  'end.convicted': 'I was found guilty, or I pleaded guilty',
  'end.convictedHint': 'This is a conviction, even if the only sentence was a fine.',
  'end.dismissed': 'It was dismissed',
  'end.dismissed-on-government-motion':
    'It was dismissed because the prosecutor (the Government) asked',
  'end.governmentHint': 'In a federal case, the prosecutor is called the Government.',
  'end.acquitted': 'I was found not guilty (acquitted)',
  'end.not-prosecuted': 'I was never charged, or it was not prosecuted',
  'end.other': "Something else, or I don't know",
  'record.imprisoned': 'Were you sentenced to prison or jail for it?',
  'record.imprisonedHint': 'Answer Yes even if the time is over.',
  'record.courtKind': 'Which court was the case in?',
  'record.courtKindHint':
    'It is on the court papers or your record. If you don\'t know, choose "I don\'t know": the papers will have a blank to fill in.',
  'record.courtName': "The court's exact name, if you know it",
  'record.arrestPlace': 'Where were you arrested?',
  'record.arrestPlaceHint':
    'City and state, for example Newark, New Jersey. A motion about an arrest goes to the federal court for the place of arrest.',
  'record.childVictim': 'Was a child (under 18) a victim of the offense?',
  'record.childVictimHint':
    'The federal law does not clear some offenses against a child. If you don\'t know, choose "I don\'t know"; a lawyer can check.',
  'record.juvenileHint':
    'Answer No if the case was in an adult criminal court, even if you were under 18 then.',

  'records.title': 'Your records',
  'records.count': 'You have added {n} records.',
  'records.count.one': 'You have added 1 record.',
  'records.another': 'Do you want to add another record?',
  'records.charge': 'Charge',
  'records.arrested': 'Arrested',
  'records.convictedOn': 'Convicted',
  'records.review': 'a lawyer should look at this charge',
  'records.offenseOn': 'Offense',
  'records.ended': 'How it ended',
  'records.endNotAnswered': 'Not answered yet',
  'records.imprisoned': 'Sentenced to prison or jail',
  'records.notAnswered': 'Not answered yet',
  'records.court': 'Court',
  'records.arrestPlace': 'Place of arrest',
  'records.childVictim': 'A child was a victim',
  'records.juvenile': 'In Family Court or Juvenile Court',
  'endShort.convicted': 'Convicted (guilty plea or verdict)',
  'endShort.pending': 'Pending',
  'endShort.dismissed': 'Dismissed',
  'endShort.dismissed-on-government-motion': "Dismissed on the prosecutor's (Government's) motion",
  'endShort.acquitted': 'Acquitted',
  'endShort.not-prosecuted': 'Not charged or not prosecuted',
  'endShort.other': 'Other or not known',

  'table.title': "The client's records",
  'table.hint':
    'One row per charge. Fill as many rows as you need; empty rows are ignored. Dates month/day/year. Leave “How it ended” empty for a conviction: the date of conviction says so.',
  'table.caption': 'Records',
  'table.row': 'Row {n}',
  'table.addRows': 'Add more rows',
  'table.juvenileShort': 'Family or Juvenile Court',
  'table.offenseDate': 'Offense date',
  'table.disposition': 'How it ended',
  'table.imprisoned': 'Prison or jail sentence',
  'table.arrestPlace': 'Place of arrest (city, state)',
  'table.childVictim': 'Child victim',

  'trafficking.title': 'About the trafficking',
  'trafficking.types': 'What kind of trafficking was it?',
  'trafficking.typesHint': 'Choose all that apply.',
  'trafficking.type.sex': 'Sex trafficking',
  'trafficking.type.labor': 'Labor trafficking',
  'trafficking.startDate': 'When did it start?',
  'trafficking.ended': 'Has the trafficking ended?',
  'trafficking.endedHint':
    'If it is still going on, you can call the National Human Trafficking Hotline at any time: 1-888-373-7888, or text 233733. Filing papers may alert the person who trafficked you; a lawyer can help you plan.',
  'trafficking.endDate': 'When did it end?',
  'trafficking.endDateHint': 'Month/day/year. Your best guess is fine.',
  'trafficking.soughtDate': 'When did you first ask for help or services?',
  'trafficking.soughtDateHint':
    'Month/day/year, if it applies. Some laws count time from this date.',
  'trafficking.docs': 'Which of these documents do you have?',
  'trafficking.docsHint': 'Choose all that apply. None is required to start.',
  'doc.t-visa': 'T visa',
  'doc.u-visa': 'U visa',
  'doc.continued-presence': 'Continued Presence',
  'doc.certification-letter': 'Certification letter (for example from HHS)',
  'doc.law-enforcement': 'A statement from law enforcement',
  'doc.service-provider': 'A letter from a service provider, counselor or advocate',
  'doc.court-finding': 'A court finding',
  'doc.other': 'Something else',

  'account.title': 'Your account, in your own words',
  'account.lead':
    'This becomes part of your sworn statement to the judge. You will sign it and say it is true. Write only what you want to tell; you can change it later. Court papers must be in English: if you write in another language, someone who knows both languages well must translate it, and sign that the translation is correct, before you sign.',
  'account.prompts': 'It can help to say',
  'account.prompt1': 'what happened, and when it started;',
  'account.prompt2': 'who controlled you, and how (threats, debts, taking your money or papers);',
  'account.prompt3': 'how each arrest was connected to what you were made to do.',
  'account.narrative': 'Your account',
  'account.narrativeHint': 'You may leave this empty and write it by hand later.',
  'account.narrativeAttorney': "The client's account (becomes the declaration)",

  'outcome.title': 'What the law allows',
  'outcome.lead':
    'Under {authority}, here is what the law says about each record, based on your answers.',
  'outcome.status.eligible': 'The law covers this record',
  'outcome.status.ineligible': 'The law does not cover this record',
  'outcome.status.needs-review': 'A lawyer should look at this record',
  'outcome.overall.eligible': 'The law covers every record you listed.',
  'outcome.overall.partially-eligible': 'The law covers some of your records.',
  'outcome.overall.ineligible': 'The law does not cover the records you listed.',
  'outcome.overall.needs-review': 'A lawyer should look at your records before you file.',
  'outcome.nexus':
    'Covered means the law reaches the record. You still show the court how it was connected to being trafficked; the papers help you do that.',
  'outcome.immigration':
    'Vacating, expunging and sealing are not the same. A vacated conviction no longer counts as a conviction; an expunged record is erased; a sealed record is hidden from the public but still exists. Even after a judge vacates, seals or expunges a record, some forms, above all immigration forms, may still ask about every arrest. Before you fill in an immigration form, talk to an immigration lawyer and bring a copy of the judge’s order.',
  'outcome.proof': 'Proof that helps',
  'outcome.deadlines': 'Deadlines and rules',
  'outcome.due': 'If you file today: {date}',
  'outcome.review': 'Open questions a lawyer should check',
  'outcome.help': 'Free legal help here',
  'outcome.verified': 'The law in this tool was last checked on {date}.',
  'outcome.inEnglish': '',
  'outcome.lawyerNoteInEnglish': '',
  'outcome.reasonFallback.eligible': '',
  'outcome.reasonFallback.ineligible': '',
  'outcome.reasonFallback.needs-review': '',

  'about.title': 'About you',
  'about.titleAttorney': 'The client and the attorney',
  'about.client': 'The client',
  'about.legalName': 'Full legal name',
  'about.legalNameHint': 'As it should appear on the court papers.',
  'about.otherNames': 'Other names used on your records',
  'about.otherNamesHint': 'One name per line, if any.',
  'about.dob': 'Date of birth',
  'about.address': 'An address that is safe to put on court papers',
  'about.addressHint':
    'The court and the prosecutor will see it. It can be a mailing address, or your lawyer’s or advocate’s office.',
  'about.addressHintRestitution':
    'This address is printed in papers filed in the criminal case against the trafficker. The court, the prosecutor, the probation office and possibly the trafficker and their lawyer can see it. If that is not safe, do not give your home address: use a mailing address, your lawyer’s, or the office of the organization helping you, or leave the address blank. Many states have an Address Confidentiality Program (some call it Safe at Home): ask the organization helping you.',
  'about.line1': 'Address line 1',
  'about.line2': 'Address line 2',
  'about.city': 'City',
  'about.state': 'State',
  'about.postalCode': 'ZIP code',
  'about.phone': 'Phone number',
  'about.email': 'Email address',
  'about.attorney': 'The attorney',
  'about.attorneyName': "Attorney's name",
  'about.barNumber': 'Bar number',
  'about.firm': 'Firm or organization',
  'about.attorneyPhone': "Attorney's phone number",
  'about.attorneyEmail': "Attorney's email address",

  'check.title': 'Check your answers',
  'check.lead': 'Check that everything is right before you make the papers.',
  'check.where': 'Court of the record',
  'check.records': 'Records',
  'check.trafficking': 'The trafficking',
  'check.types': 'Kind',
  'check.period': 'When',
  'check.sought': 'First asked for help',
  'check.docs': 'Documents',
  'check.account': 'Account',
  'check.accountWords': '{n} words',
  'check.accountWords.one': '1 word',
  'check.accountEmpty': 'Not written yet',
  'check.you': 'About you',
  'check.attorney': 'Attorney',
  'check.none': 'None',
  'check.now': 'until now',
  'check.ended': 'Has it ended',
  'check.notEnded': 'No, it is still going on',
  'check.notGiven': 'Not given',
  'check.submit': 'Make my papers',

  'download.title': 'Your papers are ready to make',
  'download.lead':
    'Choose a format. The file is made now and sent straight to you; nothing is kept.',
  'download.pdf': 'Download PDF',
  'download.pdfHint': 'To print, sign and file.',
  'download.docx': 'Download Word document (DOCX)',
  'download.docxHint': 'To edit before you file.',
  'download.zip': 'Download every document separately (ZIP)',
  'download.next': 'What to do next',
  'download.next1': 'Read every page. Fill in anything marked to be completed by hand.',
  'download.next2':
    'Some papers are signed in front of a notary. The filing instructions at the end of the PDF say which. Do not sign them before you are with the notary. Some are not signed by you but by someone else (for example, the person who serves the papers on the other side): the instructions say who.',
  'download.next3':
    'The filing instructions at the end of the papers say where to file, whom to send copies to, deadlines and fees.',
  'download.next4': 'If you can, ask a free lawyer to look at the papers before you file.',
  'download.save': 'Keep your answers',
  'download.saveText':
    'Download your answers as a file to continue later, on this page’s start page. Keep the file somewhere safe: it holds everything you typed. Files you download (PDF, Word or your answers) stay on your phone or computer, in the Downloads folder. If someone else uses your phone, delete them when you no longer need them.',

  'save.hint': 'Downloads a file with your answers so far. Nothing is kept here.',

  'problem.title': 'Something went wrong',
  'problem.csrf':
    'This page had expired or came from another site, so we did not use it. Nothing was kept. Start again, and allow cookies for this site: we use one only to protect the form.',
  'problem.draft':
    'We could not read your answers: they were changed or are from an older version. Nothing was kept. Start again, or continue from a saved file.',
  'problem.tooLarge':
    'What you sent is too large. Shorten the longest answer, or continue from a smaller saved file.',
  'problem.file':
    'We could not read that file. Choose the .json answers file you saved from this tool.',
  'problem.notFound': 'Page not found',
  'problem.notFoundText': 'There is no page at this address.',
  'problem.render':
    'We could not make the papers just now. Nothing was kept. Go back and try again.',

  'field.offense': 'the charge',
  'field.description': 'what the charge was called',
  'field.arrestDate': 'the date of arrest',
  'field.convictionDate': 'the date of conviction',
  'field.court': 'the court',
  'field.county': 'the county',
  'field.docketNumber': 'the docket or case number',
  'field.juvenile': 'whether the case was in Family Court or Juvenile Court',
  'field.who': 'who is filling this in',
  'field.jurisdiction': 'where the court is',
  'field.another': 'whether to add another record',
  'field.types': 'the kind of trafficking',
  'field.startDate': 'when the trafficking started',
  'field.endDate': 'when the trafficking ended',
  'field.servicesSoughtDate': 'when you first asked for help',
  'field.documentation': 'the documents',
  'field.narrative': 'the account',
  'field.legalName': 'the full legal name',
  'field.otherNames': 'the other names',
  'field.dateOfBirth': 'the date of birth',
  'field.line1': 'the first line of the address',
  'field.line2': 'the second line of the address',
  'field.city': 'the city',
  'field.state': 'the state',
  'field.postalCode': 'the ZIP code',
  'field.phone': 'the phone number',
  'field.email': 'the email address',
  'field.attorneyName': "the attorney's name",
  'field.barNumber': 'the bar number',
  'field.firm': 'the firm or organization',
  'field.attorneyPhone': "the attorney's phone number",
  'field.attorneyEmail': "the attorney's email address",
  'field.records': 'at least one record',
  'field.offenseDate': 'the date of the offense',
  'field.disposition': 'how the case ended',
  'field.imprisoned': 'whether you were sentenced to prison or jail',
  'field.courtKind': 'which court the case was in',
  'field.courtName': "the court's name",
  'field.arrestPlace': 'where the arrest happened',
  'field.childVictim': 'whether a child was a victim',
  'field.ended': 'whether the trafficking has ended',

  'rule.required': 'Enter {label}',
  'rule.choose': 'Choose {label}',
  'rule.date': 'Enter {label} as month/day/year, like 03/01/2012',
  'rule.future': '{Label} cannot be in the future',
  'rule.tooLong': '{Label} must be {max} characters or fewer',
  'rule.email': 'Enter {label} like name@example.org',
  'rule.afterArrest': 'The date of conviction must be on or after the date of arrest',
  'rule.endAfterStart': 'When the trafficking ended must be on or after when it started',
  'rule.afterBirth': 'The date of arrest must be after the date of birth',
  'rule.rowIncomplete': 'Row {n}: enter the charge and the date of arrest',
  'rule.addRecord': 'Add at least one record: the charge and the date of arrest',
  'rule.addressPart':
    'Enter the whole address (line 1, city, state and ZIP code), or leave it all empty',
  'rule.caseCheck': 'Check this answer: {message}',
  'check.error.afterBirth':
    'The date of arrest ({arrest}) is before the date of birth ({birth}). Check both dates.',
  'check.error.trafficking': 'Add when the trafficking started and its kind',
  'check.error.criminalCase': 'Add the criminal case: court, case number and defendants',
  'check.error.inEnglish': 'Check this answer:',
  'field.documentDate': 'the date of the document',
  'rule.row': 'Row {n}: {message}',
  'rule.offenseBeforeArrest': 'The date of the offense must be on or before the date of arrest',
  'rule.dateNotConvicted':
    'A date of conviction is only for a conviction: choose "Convicted" or remove the date',
  'rule.imprisonedNotConvicted':
    'A prison or jail sentence is only for a conviction: leave it empty or add the date of conviction',
  'rule.courtName': 'Write the name of the court, or choose "I don\'t know"',
  'rule.familyCourt': 'You chose Family Court: answer Yes, or choose another court',
  'start.relief': 'What do you want to ask a court for?',
  'start.relief.vacatur': 'To clear a record',
  'start.relief.vacaturHint':
    'An arrest or conviction connected to being trafficked: vacatur, expungement or sealing, depending on the place.',
  'start.relief.restitution': 'To be paid by the trafficker (restitution)',
  'start.relief.restitutionHint':
    'If the person who trafficked you is being prosecuted, you can ask that, if they are convicted, the judge order them to pay you for your work and your losses.',

  'where.titleRestitution': 'Where is the criminal case against the trafficker?',
  'where.hintRestitution':
    'Choose the state or the federal court where the trafficker was charged.',
  'where.noRestitutionHint': 'This tool cannot prepare a restitution request here yet.',

  'norest.title': 'We cannot prepare a restitution request for {place} yet',
  'norest.text':
    'This tool has the restitution law of the places marked on the previous page only. That does not mean you cannot ask for restitution in {place}.',
  'norest.next': 'What else may help',
  'norest.federal':
    'If the trafficker was charged in federal court (a United States District Court), go back and choose federal court.',
  'norest.prosecutor':
    'Tell the prosecutor’s office (often its victim-witness or victim services staff) that you want restitution, and ask how and when to give them a list of your losses. It helps to ask before the sentencing.',
  'norest.civil':
    'Federal law also lets a survivor sue a trafficker for damages in a civil case (18 U.S.C. § 1595). A lawyer can tell you whether it fits.',
  'norest.lawyer': 'Free legal help:',
  'norest.back': 'Choose another place',

  'criminalCase.title': 'The criminal case against the trafficker',
  'criminalCase.lead':
    'These are on the papers from the case. The prosecutor’s victim-witness staff can also tell you.',
  'criminalCase.court': 'Court',
  'criminalCase.caseNumber': 'Case number',
  'criminalCase.caseNumberHint': 'For example 1:19-cr-00123.',
  'criminalCase.defendants': 'Defendants',
  'criminalCase.defendantsHint':
    'The names of the people charged, as written on the case papers. One name per line.',

  'period.titleN': 'Period of work {n}',
  'period.lead':
    'A stretch of time when the work was about the same each week. If the hours or the money changed, add each stretch as its own period. Estimates are fine.',
  'period.start': 'First day of this period',
  'period.end': 'Last day of this period',
  'period.dateHint': 'Month/day/year, for example 01/05/2015.',
  'period.hoursPerWeek': 'Hours worked in a usual week',
  'period.hoursHint':
    'A number from 1 to 168 (a week has 168 hours). Count all the hours you were made to work.',
  'period.daysPerWeek': 'Days worked in a usual week',
  'period.daysHint': 'A number from 1 to 7.',
  'period.gross': 'What the trafficker took in this period',
  'period.grossState': 'What the trafficker made from your work in this period',
  'period.grossHint':
    'All the money, in dollars, before any of the trafficker’s costs. An estimate is fine, for example a nightly quota times the number of nights. Enter 0 if you do not know.',
  'period.paid': 'What you were paid or allowed to keep in this period',
  'period.paidHint': 'In dollars. Leave empty if you were paid nothing.',
  'period.market': 'What this kind of work usually pays per hour',
  'period.marketHint':
    'In dollars, for example 25.00, if you know it. It is one of the measures compared on the next pages.',

  'periods.title': 'Your periods of work',
  'periods.count': 'You have added {n} periods of work.',
  'periods.count.one': 'You have added 1 period of work.',
  'periods.another': 'Do you want to add another period of work?',
  'periods.dates': 'Dates',
  'periods.hours': 'Hours a week',
  'periods.days': 'Days a week',
  'periods.gross': 'The trafficker took',
  'periods.paid': 'You were paid',
  'periods.market': 'Market rate per hour',

  'losses.title': 'Your losses',
  'losses.lead':
    'Money you lost or spent because of the trafficking can be asked for too, on top of the value of your work. The kinds of loss are:',
  'losses.count': 'You have added {n} losses.',
  'losses.count.one': 'You have added 1 loss.',
  'losses.none': 'You have not added any losses.',
  'losses.any': 'Do you want to add a loss?',
  'losses.another': 'Do you want to add another loss?',
  'losses.hint': 'Keep receipts or bills if you have them. An estimate is fine if you do not.',
  'losses.category': 'Kind',
  'losses.amount': 'Amount',
  'losses.dates': 'Dates',

  'loss.titleN': 'Loss {n}',
  'loss.category': 'What kind of loss is it?',
  'loss.description': 'What it was for',
  'loss.descriptionHint': 'For example: Counseling, 40 sessions.',
  'loss.amount': 'Amount',
  'loss.amountHint': 'In dollars, for example 4800 or $4,800.00.',
  'loss.dates': 'When',
  'loss.datesHint':
    'Month/day/year, if the loss covers a stretch of time (for example lost income).',
  'loss.start': 'From',
  'loss.end': 'To',

  'claim.title': 'What you can ask for',
  'claim.lead':
    'From your answers, here is the amount to ask for and how it is worked out. Check every figure: these are the numbers in your papers.',
  'claim.law': 'The law',
  'claim.work': 'The value of your work',
  'claim.workLead': 'Your papers compare these ways of valuing the work and ask for the highest.',
  'claim.col.method': 'Measure',
  'claim.col.law': 'Law',
  'claim.col.amount': 'Amount',
  'claim.highest': 'Highest',
  'claim.winner': 'The highest is {method}: {amount}. This is what you ask for the work.',
  'claim.winnerOnly': 'The value of the work is {amount} ({method}).',
  'claim.noWinner':
    'No value for the work yet: the periods of work come to $0. Check the hours and what the trafficker took.',
  'claim.losses': 'Your losses',
  'claim.noLosses': 'No losses added.',
  'claim.lossesTotal': 'Total of your losses',
  'claim.total': 'The total to ask for',
  'claim.totalWork': 'The value of your work',
  'claim.totalLosses': 'Your losses',
  'claim.totalSum': 'Total',
  'claim.nothing':
    'There is nothing to ask for yet: add periods of work or losses, with their amounts.',
  'claim.alternative': 'An alternative a lawyer may argue (not added)',
  'claim.liquidatedText':
    'Some courts have doubled the minimum-wage value (“liquidated damages”). Doubled, it is {doubled}, and the total would be {total}. This is not part of what your papers ask for.',
  'claim.liquidatedNoChange':
    'Some courts have doubled the minimum-wage value (“liquidated damages”). Doubled, it is {doubled}, still not the highest measure, so the total would not change.',
  'claim.warnings': 'Check these',
  'claim.warning.lost-income-may-overlap': '',
  'claim.warning.lost-income-overlaps-work': '',
  'claim.warning.before-wage-table': '',
  'claim.warning.market-rate-partial': '',
  'claim.details': 'How each figure was worked out',
  'claim.wageTable': 'The minimum wage, line by line',
  'claim.incomeTable': 'What the trafficker took, period by period',
  'claim.col.period': 'Period',
  'claim.col.dates': 'Dates',
  'claim.col.hours': 'Hours',
  'claim.col.rate': 'Rate',
  'claim.col.value': 'Value',
  'claim.col.paid': 'Paid to you',
  'claim.col.net': 'Owed',
  'claim.deadlines': 'Deadlines and rules',
  'claim.review': 'Technical notes for your lawyer (you do not need to read them)',

  'check.whereRestitution': 'Where the case is',
  'check.relief': 'What you ask for',
  'check.criminalCase': 'The criminal case',
  'check.caseNumber': 'Case number',
  'check.defendants': 'Defendants',
  'check.periods': 'Periods of work',
  'check.losses': 'Losses',
  'check.noLosses': 'None',

  'field.relief': 'what you want to ask a court for',
  'field.criminalCourt': 'the court of the criminal case',
  'field.caseNumber': 'the case number',
  'field.defendants': 'at least one defendant',
  'field.defendantName': 'each defendant’s name',
  'field.periodStart': 'the first day of the period',
  'field.periodEnd': 'the last day of the period',
  'field.hoursPerWeek': 'the hours worked in a usual week',
  'field.daysPerWeek': 'the days worked in a usual week',
  'field.grossToDefendant': 'what the trafficker took',
  'field.paidToVictim': 'what you were paid',
  'field.marketRatePerHour': 'the market rate per hour',
  'field.anotherPeriod': 'whether to add another period of work',
  'field.anotherLoss': 'whether to add a loss',
  'field.lossCategory': 'the kind of loss',
  'field.lossDescription': 'what the loss was for',
  'field.lossAmount': 'the amount of the loss',
  'field.lossStart': 'the first day of the loss',
  'field.lossEnd': 'the last day of the loss',

  'rule.money':
    'Enter {label} as an amount in dollars, with a point for the cents, like 1200.50 or $1,200.50',
  'rule.moneyNegative': '{Label} cannot be less than $0',
  'rule.moneyTooLarge': '{Label} is too large to be right; check it',
  'rule.moneyPositive': 'Enter {label}: more than $0',
  'rule.range': 'Enter {label} as a number from {min} to {max}',
  'rule.wholeRange': 'Enter {label} as a whole number from {min} to {max}',
  'rule.periodEndAfterStart': 'The last day of the period must be on or after the first day',
  'rule.lossEndAfterStart': 'The last day of the loss must be on or after the first day',
  'rule.defendantsMany': 'List at most 20 defendants, one per line',
  'clinic.title': 'Drafts for many clients',
  'clinic.heading': 'Drafts for many clients at once',
  'clinic.intro':
    'Upload a spreadsheet of your clients, saved as CSV, and get back one ZIP: a folder of drafts for each client (every document as PDF and as editable Word, with filing instructions), a summary of what each client may ask for, and a list of anything that needs fixing.',
  'clinic.fill': '1. Fill in the template',
  'clinic.template': 'Download the CSV template',
  'clinic.templateLang':
    'Keep the header row as it is in the template: the column names and the values such as vacatur, felony or yes are read exactly as written.',
  'clinic.rule.rows':
    'One row for each charge. A client with three charges has three rows with the same',
  'clinic.rule.details':
    'Client details (name, dates, narrative) may be filled in on the first row only, or repeated the same on every row.',
  'clinic.rule.dates':
    'Write dates as YYYY-MM-DD. If your spreadsheet changes them to 3/1/2012, format those columns as text.',
  'clinic.rule.utf8Before': 'Save as',
  'clinic.rule.utf8After': 'so names like Nguyễn and Łukasz come out right.',
  'clinic.rule.errorsBefore':
    'A row with a problem never stops the others: its client is listed in',
  'clinic.rule.errorsAfter':
    'with the row, the column and what to change, and every other client still gets drafts.',
  'clinic.columns.summary': 'What goes in each column',
  'clinic.columns.caption':
    'Columns of the batch CSV (order does not matter; other columns are ignored)',
  'clinic.columns.name': 'Column',
  'clinic.columns.what': 'What to write',
  'clinic.columns.needed': 'Needed?',
  'clinic.columns.perCharge': '(per charge)',
  'clinic.columns.required': 'Column required',
  'clinic.columns.optional': 'Optional',
  'clinic.upload': '2. Upload it',
  'clinic.file.label': 'Your CSV file',
  'clinic.file.hint':
    'Up to {mb} MB and {rows} rows. Nothing you upload is kept: the drafts are made while you wait and sent straight back.',
  'clinic.button.drafts': 'Make the drafts (ZIP)',
  'clinic.button.check': 'Check only',
  'clinic.buttons.hint':
    'Check only lists every problem without making drafts. A few hundred clients take a minute or two to draft.',
  'clinic.drafts.note':
    'These are drafts: read each one with the client before anything is signed or filed. The command line does the same offline:',
  'clinic.drafts.english': 'The court papers are drafted in English.',

  'clinic.col.client_id':
    'Your own reference for the client (not their name). Rows with the same client_id are one client. It names the client’s folder in the ZIP.',
  'clinic.col.jurisdiction': 'Where the records are: {codes} (one jurisdiction per client).',
  'clinic.col.relief':
    'vacatur (clearing records). Restitution requests are made one at a time in the form.',
  'clinic.col.legal_name': 'The client’s full legal name, as it should appear on the papers.',
  'clinic.col.other_names': 'Other names on the records, separated by ; (Mary Lopez;M. Lopez).',
  'clinic.col.date_of_birth': 'YYYY-MM-DD, like 1990-04-12.',
  'clinic.col.address_line1':
    'Mailing address for court papers (optional; leave the address blank to fill in by hand).',
  'clinic.col.address_line2': 'Apartment, suite (optional).',
  'clinic.col.city': 'City.',
  'clinic.col.state': 'State, like NY.',
  'clinic.col.postal_code': 'ZIP code.',
  'clinic.col.phone': 'Phone number (optional).',
  'clinic.col.email': 'Email (optional).',
  'clinic.col.offense': 'The charge as printed on the record, like PL 230.00.',
  'clinic.col.offense_description': 'What the charge is called, like Prostitution (optional).',
  'clinic.col.level': 'felony, misdemeanor, violation, infraction or petty-offense (optional).',
  'clinic.col.arrest_date': 'YYYY-MM-DD.',
  'clinic.col.conviction_date':
    'YYYY-MM-DD; leave blank when there was no conviction (an arrest or a dismissal).',
  'clinic.col.court': 'The court that handled the charge.',
  'clinic.col.county': 'The county of that court.',
  'clinic.col.docket_number': 'The docket or case number.',
  'clinic.col.juvenile': 'yes if it was a juvenile adjudication; blank or no otherwise.',
  'clinic.col.trafficking_types': 'sex, labor, or sex;labor.',
  'clinic.col.trafficking_start': 'When the trafficking started, YYYY-MM-DD.',
  'clinic.col.trafficking_end': 'When it ended, YYYY-MM-DD (blank if it has not ended).',
  'clinic.col.services_sought_date':
    'When the client first sought help or services, YYYY-MM-DD (optional).',
  'clinic.col.narrative':
    'In the client’s own words: how the charges were a result of being trafficked. Line breaks are fine inside quotes.',
  'clinic.col.documentation':
    'Papers that support it, as kind:issuer:date separated by ; (t-visa:USCIS:2016-05-01). Kinds: t-visa, u-visa, continued-presence, certification-letter, law-enforcement, service-provider, court-finding, other.',
  'clinic.col.disposition':
    'How the case ended (optional): pending, dismissed, dismissed-on-government-motion, acquitted, not-prosecuted or other. Leave blank for a conviction (conviction_date says so) or if not known.',
  'clinic.col.imprisoned':
    'For a conviction: yes if the person was sentenced to prison or jail, no if not (optional; blank means not known).',
  'clinic.col.offense_date':
    'When the offense happened, YYYY-MM-DD, if not the arrest date; on or before arrest_date (optional).',
  'clinic.col.child_victim':
    'Federal records: yes if a child (under 18) was a victim of the offense, no if not; blank or unknown if not known (optional).',
  'clinic.col.arrest_place':
    'Where the arrest happened, city and state, like Newark, New Jersey (optional; federal arrest motions go to that district).',

  'clinic.error.expired': 'This form had expired. Choose your CSV file again and press a button.',
  'clinic.error.noFile': 'Choose a CSV file to upload, then press one of the buttons.',
  'clinic.error.row': 'Row {row}: {message}',
  'clinic.error.tooLarge': 'The file is larger than {size}. Split it into smaller files.',
  'clinic.error.tooManyRows':
    'The file has more than {max} rows. Split it into smaller files, or run it in shards (relief batch --shard).',
  'clinic.error.empty':
    'The file is empty. Start from the template: it has the header row and an example.',
  'clinic.error.missingColumn': 'The file is missing the column {columns}.',
  'clinic.error.missingColumns': 'The file is missing the columns {columns}.',
  'clinic.error.addColumns': 'Add them to the header row (row 1); the template lists every column.',
  'clinic.error.noColumns':
    'None of the template columns were found: save the spreadsheet as "CSV UTF-8" and keep the header row from the template.',
  'clinic.error.duplicate':
    'The column {column} appears twice (columns {first} and {second}). Keep one.',
  'clinic.error.nearLine': ' near line {line} of the file',
  'clinic.error.quoteNotClosed':
    'A quote mark opened{where} is never closed, so the rows after it cannot be told apart. Check that cell for a stray " and save the file again.',
  'clinic.error.quoteText':
    'A quoted cell{where} has text after its closing quote. Inside a quoted cell write a quote mark as "" and save the file again.',
  'clinic.error.notCsv':
    'The file could not be read as CSV{where}. Save it from the spreadsheet as "CSV UTF-8" and try again.',
  'clinic.error.clientId':
    'Enter a client_id on this row, so it can be put with the rest of the client’s rows.',
  'clinic.error.cells':
    "This row has {cells} cells but the header has {header}. A comma inside a cell needs the cell in quotes; check this row's cells.",
  'clinic.error.differs':
    "This row's {column} differs from row {first} for the same client. Make them match, or leave it blank on every row after the first.",
  'clinic.error.tooManyRecords':
    'This client has {rows} rows; one case can hold at most {max} records. Split them into two clients (two client_ids).',
  'clinic.error.unreadable':
    'This cell has characters that could not be read. Save the spreadsheet as "CSV UTF-8" so names and accents print correctly.',
  'clinic.error.juvenile': 'Write yes or no in juvenile (blank means no).',
  'clinic.error.imprisoned':
    'Write yes or no in imprisoned: was the person sentenced to prison or jail for this conviction (blank means not known).',
  'clinic.error.childVictim':
    'Write yes, no or unknown in child_victim: was a child (under 18) a victim of the offense (blank means not known).',
  'clinic.error.disposition':
    'Write how the case ended in disposition: pending, dismissed, dismissed-on-government-motion, acquitted, not-prosecuted, other, or convicted with a conviction_date (blank if not known).',
  'clinic.error.convictedUndated':
    'disposition says convicted: write the date of conviction in conviction_date (YYYY-MM-DD), or change the disposition.',
  'clinic.error.restitution':
    'Batch rows carry no restitution details (the criminal case, defendants, work and losses). Prepare restitution requests one at a time in the form or the API, or set relief to vacatur.',
  'clinic.error.traffickingTypes': 'Write sex, labor, or sex;labor in trafficking_types.',
  'clinic.warning.unknownColumn':
    'The column "{column}" is not one batch mode reads, so it was ignored. Check the spelling if it should be one of the template\'s columns.',

  'clinic.report.title': 'Check of your CSV',
  'clinic.report.client.one': '1 client',
  'clinic.report.client.other': '{n} clients',
  'clinic.report.row.one': '1 row',
  'clinic.report.row.other': '{n} rows',
  'clinic.report.ready.one': '{n} ready',
  'clinic.report.ready.other': '{n} ready',
  'clinic.report.notReady': '{n} with problems',
  'clinic.report.counts': '{clients} in {rows}:',
  'clinic.report.fixAndCheck':
    'Fix the rows below and check again; the ready clients will be drafted either way.',
  'clinic.report.allReady': 'every one is ready to draft.',
  'clinic.report.fix': 'What to fix',
  'clinic.report.fixCaption': 'Each problem, by spreadsheet row (the header is row 1)',
  'clinic.report.row': 'Row',
  'clinic.report.client': 'Client',
  'clinic.report.column': 'Column',
  'clinic.report.change': 'What to change',
  'clinic.report.englishNote':
    'Some messages come from the case check and are shown in English, like the column names.',
  'clinic.report.ignored': 'Ignored',
  'clinic.report.clients': 'Clients',
  'clinic.report.clientsCaption':
    'What each client may ask for, on the facts in the rows (“needs review” means a person should look)',
  'clinic.report.jurisdiction': 'Jurisdiction',
  'clinic.report.isReady': 'Ready?',
  'clinic.report.overall': 'Overall',
  'clinic.report.records': 'Each record',
  'clinic.report.yes': 'Ready',
  'clinic.report.notYet': 'Not yet',
  'clinic.report.record': 'row {row}: {status}',
  'clinic.report.again': 'Upload a file',
  'clinic.status.eligible': 'eligible',
  'clinic.status.ineligible': 'not eligible',
  'clinic.status.needs-review': 'needs review',
  'clinic.overall.eligible': 'eligible',
  'clinic.overall.partially-eligible': 'partly eligible',
  'clinic.overall.ineligible': 'not eligible',
  'clinic.overall.needs-review': 'needs review',

  // Issue 12: safety, navigation and forgiving answers (kept in one block to ease merging).
  'safe.siteName': 'Court forms helper',
  'safe.titleStep': 'Court forms helper — step {n} of {total}',
  'safe.exitHint':
    'Quick exit stays at the top of the screen. On a keyboard, press Shift three times, or Esc when you are not typing in a box.',
  'safety.heading': 'If you are not safe now',
  'safety.hotline':
    'You can call the National Human Trafficking Hotline at any time, free: {call}, or text {text}.',
  'safety.alert':
    'Filing court papers may alert the person who controls you. It can help to talk to a free lawyer first, to plan how and when to file.',
  'safety.goOn': 'You can still go on and make your papers when you are ready.',
  'sworn.heading': 'What “sworn” means',
  'sworn.text1':
    'Your account becomes a sworn statement. You sign it “under penalty of perjury”: that means you promise it is true as far as you know, and knowingly saying something false would be a crime.',
  'sworn.text2':
    'It is fine not to remember everything, or to give dates as a best guess. Write only what you know.',
  'sworn.short':
    'The account can be short: a few sentences is enough. You can also leave it empty and write it later.',
  'remove.title': 'Remove {name}?',
  'remove.lead': 'It will be taken out of your answers. You can add it again later.',
  'remove.yes': 'Yes, remove {name}',
  'remove.no': 'No, keep it',
  'remove.periodN': 'period of work {n}',
  'remove.lossN': 'loss {n}',
  'date.day': 'Day',
  'date.month': 'Month',
  'date.year': 'Year',
  'date.chooseMonth': 'Choose',
  'date.hint': 'For example 27 March 2012. A best guess is fine: the papers say “on or about”.',
  'date.hintExact': 'For example 27 March 1990.',
  'date.hintSought': 'If it applies. Some laws count time from this date. A best guess is fine.',
  'date.needDay':
    '{Label} must include a day. If you do not know it, give your best guess: the papers say “on or about”',
  'date.needMonth':
    '{Label} must include a month. If you do not know it, give your best guess: the papers say “on or about”',
  'date.needYear': '{Label} must include a year',
  'date.year4': 'The year of {label} must have 4 numbers, like 2012',
  'date.real': '{Label} must be a real date',
  'date.hintOffense': 'Leave empty if it was the same day as the arrest. A best guess is fine.',
  'period.overlap':
    'These dates overlap period of work {n} ({from} to {to}). Work is counted once: change these dates, or change period {n}',
  'start.short':
    'Answer questions one at a time and get court papers you can file, with plain instructions. Nothing you type is stored.',
  'start.begin': 'Start',
  'start.more': 'What this tool does, and your privacy',
  'outcome.summary': 'Your records',
  'outcome.need': 'What you need',
  'outcome.forLawyer': 'For your lawyer: the law, the reasons and open questions',
  'outcome.need1':
    'Your court papers: this tool makes them in the next steps, with filing instructions, steps and deadlines.',
  'outcome.need2':
    'If you have them, copies of your court records (the court clerk can give them to you).',
  'outcome.need3':
    'If you have them, papers that show the trafficking, such as a T visa or a letter from a counselor. None is required to start.',
  'coverage.title': 'Where this tool can help',
  'coverage.lead':
    'The places this tool has papers for, the law it uses, and when that law was last checked. A free lawyer can tell you about places and records not listed here.',
  'coverage.place': 'Place',
  'coverage.remedy': 'What the court can do',
  'coverage.authority': 'Law',
  'coverage.court': 'Where to file',
  'coverage.checked': 'Law last checked',
  'coverage.papers': 'Papers this tool makes',
  'coverage.restitution': 'Restitution request',
  'coverage.none': 'none',
  'coverage.notYet': 'not yet',
  'footer.coverage': 'Where this tool can help',
  // glyph (issue 10): answers the PDF's font cannot draw.
  'glyph.title': 'Some letters will not show in the PDF',
  'glyph.lead':
    'The PDF cannot draw some characters of these answers correctly. They would print as empty boxes (□), or, for Hebrew, with the words in the wrong order:',
  'glyph.todo':
    'Court papers usually need names in Latin letters (A to Z), as they are written on the court record. Use Change on the “Check your answers” page to write them that way, or ask a lawyer what to write. The Word document (DOCX) keeps them as you typed them.',
  'glyph.otherAnswer': 'another answer',
  'about.autofillNote':
    'On a shared phone or computer: if the browser offers to save these details, choose “Never” or “No”. A private (incognito) window saves nothing.',
  // norelief (issue 13): a state with no trafficking-specific relief for adults, or none confirmed.
  'where.noReliefHint':
    'No special law for trafficking survivors found here: this tool explains other options, with no court papers.',
  'coverage.noRelief.none-for-adults':
    'No trafficking-specific relief for adults found — other options',
  'coverage.noRelief.unconfirmed': 'Could not confirm the law — other options',
  'outcome.noRelief.none-for-adults':
    'As far as this tool could find, the law here gives adults no special way to clear a record because they were trafficked. So this tool makes no court papers for you here.',
  'outcome.noRelief.unconfirmed':
    'This tool could not confirm what the law here offers trafficking survivors today. So this tool makes no court papers for you here.',
  'outcome.noRelief.options': 'Other ways that may help',
  'outcome.noRelief.next':
    'The next steps give you a packet that explains this, lists these options and free legal help, and has a page for a lawyer. It has no court papers.',
  // wizard (issues 11, 12): court choices and examples come from the pack.
  'record.courtOther': 'Another court (write its name below)',
  'record.courtNameHintFor': "For example: {example}. Leave empty if you don't know.",
  'record.courtNameHintNone': "Leave empty if you don't know.",
  'criminalCase.courtHintAny':
    'As written on the case papers: the court’s full name, with its county or district if it has one.',
  'download.busy':
    'Making your papers. This can take a few seconds; the file will download by itself.',
  // wizard: the attorney path speaks of "the client" (views/render.ts picks `key@client`).
  'trafficking.endedHint@client':
    "If it is still going on, the client can call the National Human Trafficking Hotline at any time: 1-888-373-7888, or text 233733. Filing papers may alert the person who trafficked the client; plan the filing with the client's safety in mind.",
  'trafficking.soughtDate@client': 'When did the client first ask for help or services?',
  'trafficking.docs@client': 'Which of these documents does the client have?',
  'outcome.overall.eligible@client': 'The law covers every record listed.',
  'outcome.overall.partially-eligible@client': "The law covers some of the client's records.",
  'outcome.overall.ineligible@client': 'The law does not cover the records listed.',
  'outcome.overall.needs-review@client':
    "Some of the client's records need a closer look before filing.",
  'outcome.nexus@client':
    'Covered means the law reaches the record. The client still shows the court how it was connected to being trafficked; the papers help do that.',
  'outcome.summary@client': "The client's records",
  'outcome.forLawyer@client': 'The law, the reasons and open questions',
  'check.you@client': 'About the client',
  // lead: the clinic's "make drafts" from the report, and what the ZIP held after it downloads.
  'clinic.report.draftsHeading': 'Make the drafts',
  'clinic.report.draftReady.one': 'Make the draft for the ready client (ZIP)',
  'clinic.report.draftReady.other': 'Make the drafts for the {n} ready clients (ZIP)',
  'clinic.report.draftsSame':
    'The same rows are sent again; nothing was kept. Clients with problems are not drafted: errors.csv in the ZIP lists them.',
  'clinic.report.chooseAgain': 'Choose the same CSV file again',
  'clinic.report.chooseAgainHint':
    'A file over {mb} MB is not sent back with this page, and the server keeps nothing, so choose it once more.',
  'clinic.report.noneReady': 'No client is ready to draft yet: fix the rows below and check again.',
  'clinic.done.busy':
    'Making the drafts. A few hundred clients take a minute or two; the ZIP downloads by itself.',
  'clinic.done.counts': 'drafts.zip has downloaded: {drafted} of {clients} clients drafted.',
  'clinic.done.missing': 'Not drafted (errors.csv in the ZIP says why): {ids}',
  'clinic.done.more': 'and {n} more',
  'clinic.done.unknown':
    'drafts.zip has downloaded. summary.csv and errors.csv inside it say which clients were drafted.',
  'clinic.done.failed':
    'The drafts could not be made just now. Nothing was kept; try again, or check the file first.',
  // lead: a download or upload refused before its form is read (app.ts, refusal-page.ts).
  'refusal.tooMany.title': 'Too many requests',
  'refusal.tooMany.text':
    'Too many downloads or uploads came from this connection in a minute. Wait {seconds} seconds and try again.',
  'refusal.busy.title': 'Busy right now',
  'refusal.busy.text':
    'Many people are making papers right now. Wait {seconds} seconds and try again.',
  'refusal.back':
    "Go back to the page you were on (your browser's Back button): your answers are still there. Nothing was kept here.",

  // branch wiz (issue 12): too-large pages, start split into who and what, the where list.
  'big.title': 'Your answers are on your latest page',
  'big.text':
    "Your answers are too long for this browser to keep between pages. They are on the latest page you saw: use your browser's Forward button to go back to it (if it asks to send the form again, say yes: nothing is lost). Then use that page's own Back and Continue buttons, and save your answers there to keep a copy.",
  'big.notice':
    "Your answers are long, so this browser cannot keep them between pages. Use this page's own Back and Continue buttons rather than the browser's, and use “Save my answers” at the bottom of the page to keep a copy.",
  'where.choose': 'Choose…',
  'where.groupPapers': 'Papers ready to file',
  'where.groupLawyer': 'The law explained; a lawyer makes the papers',
  'where.groupNone': 'No specific law found: other options',
  'where.groupRestitution': 'Restitution request ready',
  'where.groupNoRestitution': 'No restitution request here yet',
  'where.groupElse': 'Not on this list',
  'start.relief@client': 'What does the client want to ask a court for?',
} as const;

export type MessageKey = keyof typeof en;
