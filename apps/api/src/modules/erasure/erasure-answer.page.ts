import { erasureCategoriesText, isSettledNotice, type DataCategory, type ErasureNoticeStatus, type Locale } from '@tilsyn/domain';

/** The recipient's confirmation page (issue 6): plain HTML, no script, Danish or English. */

export interface PageNotice {
  id: string;
  caseReference: string;
  recipientReference: string | null;
  categories: DataCategory[];
  legalBasis: 'PROCESSOR_INSTRUCTION' | 'ART_19_NOTICE';
  deadlineOn: string;
  status: ErasureNoticeStatus;
  answeredOn: string | null;
  identifiers: { cpr: string | null; name: string | null; address: string | null } | null;
}

export interface PageModel {
  locale: Locale;
  organisation: string;
  processorName: string;
  expiresOn: string;
  today: string;
  notices: PageNotice[];
  saved: number | null;
  errors: string[];
  values?: Record<string, string>;
  /**
   * Opened from a browser signed in to Tilsyn as staff: shown without the person's identifiers and
   * without the form (the answer is the recipient's to give; staff record answers in the admin).
   */
  staff?: boolean;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const T = {
  da: {
    title: 'Bekræft sletning',
    intro: (org: string, p: string) => `${org} har bedt ${p} om at slette personoplysninger i sagerne nedenfor. Svar for hver sag.`,
    expires: (d: string) => `Siden virker til og med ${d}.`,
    case: 'Sag',
    yourRef: 'Jeres reference',
    erase: 'Slet',
    basis: 'Grundlag',
    deadline: 'Frist',
    processor: 'Instruks til databehandler (art. 28, stk. 3, litra a og g)',
    art19: 'Underretning efter art. 19',
    person: 'Personen (til at finde posten)',
    cpr: 'CPR-nr.',
    name: 'Navn',
    address: 'Adresse',
    answer: 'Svar',
    confirmed: 'Slettet',
    noData: 'Vi havde ingen oplysninger',
    refused: 'Afvist (skriv begrundelsen)',
    erasedOn: 'Slettet den',
    note: 'Bemærkning / begrundelse',
    passed: 'Vi har givet instruksen videre til vores underdatabehandlere',
    evidence: 'Dokumentation (PDF eller DOCX, valgfri)',
    submit: 'Send svar',
    confirmAll: 'Bekræft alle åbne sager som slettet',
    allOn: 'Slettet den (for alle)',
    answered: (s: string, d: string | null) => `Besvaret: ${s}${d ? ` (${d})` : ''}`,
    saved: (n: number) => `Tak. ${n} ${n === 1 ? 'svar er' : 'svar er'} registreret.`,
    nothing: 'Alle sager er besvaret. Tak.',
    status: { CONFIRMED: 'slettet', NO_DATA: 'ingen oplysninger', REFUSED: 'afvist', EXCEPTION: 'undtaget', CANCELLED: 'annulleret' } as Record<string, string>,
    other: 'English',
    staff: 'Du er logget ind i Tilsyn som medarbejder. Siden er til modtageren: den vises her uden personens oplysninger og uden svarformular. Registrér et svar fra modtageren i Tilsyn under sletningsmeddelelser.',
  },
  en: {
    title: 'Confirm erasure',
    intro: (org: string, p: string) => `${org} has asked ${p} to erase personal data in the cases below. Please answer for each case.`,
    expires: (d: string) => `This page works until ${d} inclusive.`,
    case: 'Case',
    yourRef: 'Your reference',
    erase: 'Erase',
    basis: 'Basis',
    deadline: 'Deadline',
    processor: 'Instruction to a processor (Art. 28(3)(a) and (g))',
    art19: 'Notification under Art. 19',
    person: 'The person (to find the record)',
    cpr: 'CPR no.',
    name: 'Name',
    address: 'Address',
    answer: 'Answer',
    confirmed: 'Erased',
    noData: 'We held no data',
    refused: 'Refused (give the reason)',
    erasedOn: 'Erased on',
    note: 'Note / reason',
    passed: 'We have passed the instruction on to our sub-processors',
    evidence: 'Evidence (PDF or DOCX, optional)',
    submit: 'Send answers',
    confirmAll: 'Confirm all open cases as erased',
    allOn: 'Erased on (for all)',
    answered: (s: string, d: string | null) => `Answered: ${s}${d ? ` (${d})` : ''}`,
    saved: (n: number) => `Thank you. ${n} ${n === 1 ? 'answer has' : 'answers have'} been recorded.`,
    nothing: 'Every case has been answered. Thank you.',
    status: { CONFIRMED: 'erased', NO_DATA: 'no data held', REFUSED: 'refused', EXCEPTION: 'excepted', CANCELLED: 'cancelled' } as Record<string, string>,
    other: 'Dansk',
    staff: 'You are signed in to Tilsyn as staff. This page is for the recipient: it is shown here without the person’s identifiers and without the answer form. Record an answer from the recipient in Tilsyn under erasure notices.',
  },
};

const STYLE = `body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem}fieldset{border:1px solid #c8c8c8;border-radius:6px;margin:1rem 0;padding:1rem}legend{font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}dt{color:#555}dd{margin:0}
label{display:block;margin:.35rem 0}.err{background:#fdecea;border:1px solid #e0a39c;padding:.75rem;border-radius:6px}
.ok{background:#e8f5e9;border:1px solid #9ccc9f;padding:.75rem;border-radius:6px}.done{color:#2e7d32;font-weight:600}
button{font-size:1rem;padding:.5rem 1.2rem;margin-top:.5rem}input[type=text],input[type=date],textarea{font-size:1rem;padding:.25rem;max-width:100%}
textarea{width:100%;min-height:3rem}.person{background:#fff8e1;padding:.5rem;border-radius:4px}.staff{background:#e3f2fd;border:1px solid #90caf9;padding:.75rem;border-radius:6px}`;

export function renderAnswerPage(m: PageModel, action: string, otherLangHref: string): string {
  const t = T[m.locale];
  const v = m.values ?? {};
  const open = m.notices.filter((n) => !isSettledNotice(n.status));
  const cases = m.notices
    .map((n) => {
      const cats = erasureCategoriesText(n.categories, m.locale);
      const person = n.identifiers
        ? `<div class="person"><strong>${t.person}</strong><dl>${n.identifiers.cpr ? `<dt>${t.cpr}</dt><dd>${esc(n.identifiers.cpr.slice(0, 6))}-${esc(n.identifiers.cpr.slice(6))}</dd>` : ''}${n.identifiers.name ? `<dt>${t.name}</dt><dd>${esc(n.identifiers.name)}</dd>` : ''}${n.identifiers.address ? `<dt>${t.address}</dt><dd>${esc(n.identifiers.address)}</dd>` : ''}</dl></div>`
        : '';
      const head = `<legend>${t.case} ${esc(n.caseReference)}</legend><dl>${n.recipientReference ? `<dt>${t.yourRef}</dt><dd>${esc(n.recipientReference)}</dd>` : ''}<dt>${t.erase}</dt><dd>${esc(cats)}</dd><dt>${t.basis}</dt><dd>${n.legalBasis === 'PROCESSOR_INSTRUCTION' ? t.processor : t.art19}</dd><dt>${t.deadline}</dt><dd>${esc(n.deadlineOn)}</dd></dl>`;
      if (m.staff && open.includes(n)) return `<fieldset data-notice="${n.id}">${head}</fieldset>`;
      if (!open.includes(n)) return `<fieldset data-notice="${n.id}">${head}<p class="done">${esc(t.answered(t.status[n.status] ?? n.status, n.answeredOn))}</p></fieldset>`;
      const checked = (a: string) => (v[`answer.${n.id}`] === a ? ' checked' : '');
      return `<fieldset data-notice="${n.id}">${head}${person}
<div role="radiogroup" aria-label="${t.answer}">
<label><input type="radio" name="answer.${n.id}" value="CONFIRMED"${checked('CONFIRMED')}> ${t.confirmed}</label>
<label><input type="radio" name="answer.${n.id}" value="NO_DATA"${checked('NO_DATA')}> ${t.noData}</label>
<label><input type="radio" name="answer.${n.id}" value="REFUSED"${checked('REFUSED')}> ${t.refused}</label>
</div>
<label>${t.erasedOn} <input type="date" name="erasedOn.${n.id}" max="${m.today}" value="${esc(v[`erasedOn.${n.id}`] ?? '')}"></label>
<label>${t.note}<textarea name="note.${n.id}" maxlength="2000">${esc(v[`note.${n.id}`] ?? '')}</textarea></label>
<label><input type="checkbox" name="passed.${n.id}" value="yes"${v[`passed.${n.id}`] ? ' checked' : ''}> ${t.passed}</label>
<label>${t.evidence} <input type="file" name="evidence.${n.id}" accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"></label>
</fieldset>`;
    })
    .join('\n');
  const bulk =
    open.length > 1
      ? `<fieldset><legend>${t.confirmAll}</legend><label><input type="checkbox" name="all" value="CONFIRMED"> ${t.confirmAll} (${open.length})</label><label>${t.allOn} <input type="date" name="allErasedOn" max="${m.today}"></label><label><input type="checkbox" name="allPassed" value="yes"> ${t.passed}</label></fieldset>`
      : '';
  return `<!doctype html>
<html lang="${m.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">
<title>${t.title} – ${esc(m.organisation)}</title><style>${STYLE}</style></head>
<body><p style="text-align:right"><a href="${esc(otherLangHref)}">${t.other}</a></p>
<h1>${t.title}</h1>
<p>${esc(t.intro(m.organisation, m.processorName))}</p><p>${esc(t.expires(m.expiresOn))}</p>
${m.saved !== null ? `<p class="ok" role="status">${esc(t.saved(m.saved))}</p>` : ''}
${m.errors.length ? `<div class="err" role="alert"><ul>${m.errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul></div>` : ''}
${m.staff ? `<p class="staff" role="note" data-staff-view="true">${esc(t.staff)}</p>` : ''}
${
  m.staff
    ? cases
    : open.length
    ? `<form method="post" action="${esc(action)}" enctype="multipart/form-data">${bulk}${cases}<button type="submit">${t.submit}</button></form>`
    : `<p class="done">${t.nothing}</p>${cases}`
}
</body></html>`;
}

export function renderMessagePage(locale: Locale, title: string, text: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)}</title><style>${STYLE}</style></head><body><h1>${esc(title)}</h1><p>${esc(text)}</p></body></html>`;
}

/** The short pages the link answers with instead of the form, in Danish and English. */
export type PageMessageKey = 'tooManyRequests' | 'notFound' | 'expired' | 'staffAnswer' | 'notAForm' | 'tooManyFiles' | 'tooManyFields' | 'tooLarge' | 'busy';

const MB = (bytes: number) => Math.floor(bytes / (1024 * 1024));

const MESSAGES: Record<Locale, Record<PageMessageKey, (p: { expiresOn?: string; files?: number; maxBytes?: number }) => [string, string]>> = {
  da: {
    tooManyRequests: () => ['For mange forsøg', 'Prøv igen om 10 minutter.'],
    notFound: () => ['Linket findes ikke', 'Kontrollér, at hele linket fra e-mailen er med.'],
    expired: (p) => ['Linket er udløbet', `Linket udløb ${p.expiresOn ?? ''}. Kontakt afsenderen for at svare.`],
    staffAnswer: () => [
      'Du er logget ind som medarbejder',
      'Denne side er til modtageren af anmodningen, og du er logget ind i Tilsyn som medarbejder, så svaret er ikke registreret. Registrér modtagerens svar i Tilsyn under sletningsmeddelelser i stedet; så står det i dit navn.',
    ],
    notAForm: () => ['Svaret kunne ikke læses', 'Send svaret med formularen på siden. Intet er registreret; åbn linket igen, og svar på ny.'],
    tooManyFiles: (p) => ['For mange filer', `Der kan højst sendes ${p.files ?? 0} ${p.files === 1 ? 'fil' : 'filer'} – én pr. åben sag. Intet er registreret; åbn linket igen, og send ét dokument pr. sag.`],
    tooManyFields: () => ['For mange felter', 'Formularen havde flere felter, end siden har. Intet er registreret; åbn linket igen, og svar på ny.'],
    tooLarge: (p) => ['Svaret er for stort', `Der kan højst sendes ${MB(p.maxBytes ?? 0)} MB ad gangen (et PDF- eller DOCX-dokument på højst 20 MB pr. åben sag). Intet er registreret; send færre dokumenter ad gangen.`],
    busy: () => ['Prøv igen om lidt', 'Der modtages mange svar lige nu. Intet er registreret; prøv igen om et minut.'],
  },
  en: {
    tooManyRequests: () => ['Too many requests', 'Please try again in 10 minutes.'],
    notFound: () => ['Link not found', 'Check that the whole link from the e-mail was copied.'],
    expired: (p) => ['The link has expired', `The link expired on ${p.expiresOn ?? ''}. Please contact the sender to answer.`],
    staffAnswer: () => [
      'Signed in as staff',
      'This page is for the recipient of the request, and you are signed in to Tilsyn as staff, so the answer was not recorded. Record the recipient’s answer in Tilsyn under erasure notices instead; it is then recorded in your name.',
    ],
    notAForm: () => ['The answer could not be read', 'Please send the answer with the form on the page. Nothing was recorded; open the link again and answer once more.'],
    tooManyFiles: (p) => ['Too many files', `At most ${p.files ?? 0} ${p.files === 1 ? 'file' : 'files'} can be sent – one per open case. Nothing was recorded; open the link again and send one document per case.`],
    tooManyFields: () => ['Too many fields', 'The form had more fields than the page has. Nothing was recorded; open the link again and answer once more.'],
    tooLarge: (p) => ['The answer is too large', `At most ${MB(p.maxBytes ?? 0)} MB can be sent at a time (one PDF or DOCX document of at most 20 MB per open case). Nothing was recorded; please send fewer documents at a time.`],
    busy: () => ['Please try again shortly', 'Many answers are being received right now. Nothing was recorded; please try again in a minute.'],
  },
};

export function renderPageMessage(locale: Locale, key: PageMessageKey, params: { expiresOn?: string; files?: number; maxBytes?: number } = {}): string {
  const [title, text] = MESSAGES[locale][key](params);
  return renderMessagePage(locale, title, text);
}
