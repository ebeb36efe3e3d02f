/** What the trust layer's screens say in each language, as the browser tests look for it. */
export interface Words {
  lang: 'fi' | 'sv' | 'en';
  switchButton: string;
  nav: string;
  signOut: string;
  signedOut: string;
  logTitle: string;
  logList: string;
  consentsNav: string;
  consentsTitle: string;
  registerOption: string;
  scopeLabel: string;
  give: string;
  given: string;
  consentShort: string;
  withdraw: (what: string) => string;
  confirmWithdraw: string;
  withdrawn: (what: string) => string;
  withdrawnStatus: RegExp;
  clientsTitle: string;
  refusedTitle: string;
  reasonOption: string;
  reasonText: string;
  submitBreakGlass: string;
  declared: string;
  emergencyUntil: RegExp;
  emergencyBadge: string;
  reviewNav: string;
  reviewTitle: string;
  markReviewed: string;
  note: string;
  saveReview: string;
  reviewed: string;
  statusFilter: string;
  reviewedOption: string;
  /** A first contact for a client already registered, as the review list names its kind. */
  contactKind: string;
  /** The first contact's reason 'client_contact' in words. */
  contactReason: string;
  openedTo: string;
  reviewedContact: string;
}

export const WORDS: Record<'fi' | 'sv' | 'en', Words> = {
  fi: {
    lang: 'fi',
    switchButton: 'Suomeksi',
    nav: 'Päävalikko',
    signOut: 'Kirjaudu ulos',
    signedOut: 'Olet kirjautunut ulos.',
    logTitle: 'Kuka on katsonut tietojani',
    logList: 'Lokimerkinnät, uusin ensin',
    consentsNav: 'Suostumukseni',
    consentsTitle: 'Suostumukseni',
    registerOption: 'Sosiaalihuollon tietoni saa näyttää terveydenhuollon ammattilaisille',
    scopeLabel: 'Tarkennus (vapaaehtoinen)',
    give: 'Anna suostumus',
    given: 'Suostumus annettu.',
    consentShort: 'Sosiaalihuollon tietoni saa näyttää terveydenhuollolle',
    withdraw: (what) => `Peru: ${what}`,
    confirmWithdraw: 'Kyllä, peru',
    withdrawn: (what) => `Peruttu: ${what}.`,
    withdrawnStatus: /^Peruttu \d/,
    clientsTitle: 'Asiakkaat',
    refusedTitle: 'Et voi avata tämän asiakkaan tietoja',
    reasonOption: 'Kiireellinen hoito',
    reasonText: 'Perustelu',
    submitBreakGlass: 'Avaa tiedot hätäkäytöllä',
    declared: 'Hätäkäyttö kirjattu. Asiakkaan tiedot on avattu.',
    emergencyUntil: /^Hätäkäyttö voimassa (?:\S+ )?klo (\d{1,2}\.\d{2}) asti$/,
    emergencyBadge: 'Hätäkäyttö',
    reviewNav: 'Avaamisten tarkastus',
    reviewTitle: 'Hätäkäyttöjen ja yhteydenottojen tarkastus',
    markReviewed: 'Asianmukainen: merkitse tarkastetuksi',
    note: 'Huomio',
    saveReview: 'Tallenna tarkastus',
    reviewed: 'Hätäkäyttö merkitty tarkastetuksi.',
    statusFilter: 'Tila',
    reviewedOption: 'Tarkastettu',
    contactKind: 'Yhteydenotto (asiakas jo rekisterissä)',
    contactReason: 'Asiakas otti yhteyttä yksikköön (käynti, puhelu, sähköinen asiointi)',
    openedTo: 'Tiedot avattu yksikölle',
    reviewedContact: 'Yhteydenotto merkitty tarkastetuksi.',
  },
  sv: {
    lang: 'sv',
    switchButton: 'På svenska',
    nav: 'Huvudmeny',
    signOut: 'Logga ut',
    signedOut: 'Du har loggat ut.',
    logTitle: 'Vem har sett mina uppgifter',
    logList: 'Logganteckningar, den senaste först',
    consentsNav: 'Mina samtycken',
    consentsTitle: 'Mina samtycken',
    registerOption: 'Mina socialvårdsuppgifter får visas för yrkespersoner inom hälso- och sjukvården',
    scopeLabel: 'Precisering (frivillig)',
    give: 'Ge samtycke',
    given: 'Samtycket har getts.',
    consentShort: 'Mina socialvårdsuppgifter får visas för hälso- och sjukvården',
    withdraw: (what) => `Återkalla: ${what}`,
    confirmWithdraw: 'Ja, återkalla',
    withdrawn: (what) => `Återkallat: ${what}.`,
    withdrawnStatus: /^Återkallat \d/,
    clientsTitle: 'Klienter',
    refusedTitle: 'Du kan inte öppna den här klientens uppgifter',
    reasonOption: 'Brådskande vård',
    reasonText: 'Motivering',
    submitBreakGlass: 'Öppna uppgifterna med nödåtkomst',
    declared: 'Nödåtkomsten har registrerats. Klientens uppgifter har öppnats.',
    emergencyUntil: /^Nödåtkomst gäller till (?:\S+ )?kl\. (\d{1,2}\.\d{2})$/,
    emergencyBadge: 'Nödåtkomst',
    reviewNav: 'Granskning av öppningar',
    reviewTitle: 'Granskning av nödåtkomster och kontakter',
    markReviewed: 'Befogad: markera som granskad',
    note: 'Anteckning',
    saveReview: 'Spara granskningen',
    reviewed: 'Nödåtkomsten har markerats som granskad.',
    statusFilter: 'Status',
    reviewedOption: 'Granskad',
    contactKind: 'Kontakt (klienten redan i registret)',
    contactReason: 'Klienten kontaktade enheten (besök, samtal, e-tjänst)',
    openedTo: 'Uppgifterna öppnade för',
    reviewedContact: 'Kontakten har markerats som granskad.',
  },
  en: {
    lang: 'en',
    switchButton: 'In English',
    nav: 'Main menu',
    signOut: 'Sign out',
    signedOut: 'You have signed out.',
    logTitle: 'Who has seen my data',
    logList: 'Log entries, newest first',
    consentsNav: 'My consents',
    consentsTitle: 'My consents',
    registerOption: 'My social welfare records may be shown to health care professionals',
    scopeLabel: 'Details (optional)',
    give: 'Give consent',
    given: 'Consent given.',
    consentShort: 'My social welfare records may be shown to health care',
    withdraw: (what) => `Withdraw: ${what}`,
    confirmWithdraw: 'Yes, withdraw',
    withdrawn: (what) => `Withdrawn: ${what}.`,
    withdrawnStatus: /^Withdrawn \d/,
    clientsTitle: 'Clients',
    refusedTitle: "You cannot open this client's data",
    reasonOption: 'Urgent care',
    reasonText: 'Explanation',
    submitBreakGlass: 'Open the data with emergency access',
    declared: "Emergency access recorded. The client's data is open.",
    emergencyUntil: /^Emergency access until (\d{2}:\d{2})(?: on .+)?$/,
    emergencyBadge: 'Emergency access',
    reviewNav: 'Access review',
    reviewTitle: 'Review of emergency accesses and first contacts',
    markReviewed: 'Justified: mark reviewed',
    note: 'Note',
    saveReview: 'Save review',
    reviewed: 'Emergency access marked reviewed.',
    statusFilter: 'Status',
    reviewedOption: 'Reviewed',
    contactKind: 'First contact (client already registered)',
    contactReason: 'The client contacted the unit (visit, call, e-service)',
    openedTo: 'Data opened to',
    reviewedContact: 'First contact marked reviewed.',
  },
};
