import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translator.js';
import type { AccessLogEntry } from '../trustApi.js';
import { describeEntry, PHRASES, phraseOf } from './accessLogText.js';

// 14.02 in Finland on 23 November (winter time, UTC+2).
const nurseRead: AccessLogEntry = {
  id: 1,
  at: '2026-11-23T12:02:00.000Z',
  actorId: 'demo-nurse',
  actorName: 'Niina Hoitaja',
  actorRole: 'nurse',
  unitName: 'Hämeenlinnan terveysasema',
  producerName: 'Oma Häme',
  clientId: 'c1',
  action: 'read',
  resource: 'client/c1',
  purpose: 'care',
  basis: 'care_team',
  outcome: 'allow',
  channel: 'rest',
  requestId: null,
};

describe('the access log in plain language', () => {
  it('says who read what, when, and on what basis, in Finnish, Swedish and English', () => {
    const fiText = describeEntry(nurseRead, translator('fi'), 'fi', 'demo-client');
    expect(fiText.sentence).toBe(
      'Sairaanhoitaja Niina Hoitaja (Hämeenlinnan terveysasema) katsoi perustietojasi 23.11.2026 klo 14.02.',
    );
    expect(fiText.basis).toBe('Peruste: hän kuuluu hoitotiimiisi.');
    expect(fiText).toMatchObject({ denied: false, emergency: false, self: false });

    expect(describeEntry(nurseRead, translator('sv'), 'sv', null).sentence).toBe(
      'Sjukskötare Niina Hoitaja (Hämeenlinnan terveysasema) tittade på dina basuppgifter 23.11.2026 kl. 14.02.',
    );
    const enText = describeEntry(nurseRead, translator('en'), 'en', null);
    expect(enText.sentence).toBe(
      'Nurse Niina Hoitaja (Hämeenlinnan terveysasema) viewed your basic details on 23 Nov 2026 at 14:02.',
    );
    expect(enText.basis).toBe('Basis: they are in your care team.');
  });

  it('tells a refused attempt as one, without a basis', () => {
    const denied = {
      ...nurseRead,
      actorRole: 'doctor',
      actorName: 'Lauri Lääkäri',
      basis: 'none',
      outcome: 'deny',
    };
    const fiText = describeEntry(denied, translator('fi'), 'fi', null);
    expect(fiText.sentence).toBe(
      'Lääkäri Lauri Lääkäri (Hämeenlinnan terveysasema) yritti katsoa perustietojasi 23.11.2026 klo 14.02, mutta pääsy estettiin.',
    );
    expect(fiText.denied).toBe(true);
    expect(describeEntry(denied, translator('en'), 'en', null).sentence).toBe(
      'Doctor Lauri Lääkäri (Hämeenlinnan terveysasema) tried to view your basic details on 23 Nov 2026 at 14:02 and was refused.',
    );
  });

  it('marks emergency access (break-the-glass) clearly', () => {
    const declared = { ...nurseRead, action: 'break-the-glass', basis: 'break_the_glass' };
    const text = describeEntry(declared, translator('fi'), 'fi', null);
    expect(text.emergency).toBe(true);
    expect(text.sentence).toContain('avasi tietosi hätäkäytöllä');
    expect(text.basis).toContain('Hätäkäyttö');
    const read = describeEntry({ ...nurseRead, basis: 'break_the_glass' }, translator('sv'), 'sv', null);
    expect(read.emergency).toBe(true);
    expect(read.basis).toContain('Nödåtkomst');
  });

  it("tells the client's own doings in the second person and the system's as the system's", () => {
    const own = {
      ...nurseRead,
      actorId: 'demo-client',
      actorName: 'Aino Virtanen',
      actorRole: 'client',
      unitName: null,
      producerName: null,
      action: 'consent.give',
      resource: 'client/c1/consents',
      basis: 'own_data',
    };
    expect(describeEntry(own, translator('fi'), 'fi', 'demo-client').sentence).toBe(
      'Annoit suostumuksen 23.11.2026 klo 14.02.',
    );
    const seed = {
      ...nurseRead,
      actorId: 'system:seed',
      actorName: null,
      actorRole: 'system',
      action: 'create',
    };
    expect(describeEntry(seed, translator('en'), 'en', null).sentence).toBe(
      'The Saumaton system registered you as a client on 23 Nov 2026 at 14:02.',
    );
  });

  it('tells a colleague added to the care team, and the client reading their relationships', () => {
    const added = { ...nurseRead, action: 'relationship.add', resource: 'client/c1/relationships' };
    expect(describeEntry(added, translator('fi'), 'fi', null).sentence).toBe(
      'Sairaanhoitaja Niina Hoitaja (Hämeenlinnan terveysasema) kirjasi sinulle hoito- tai asiakassuhteen 23.11.2026 klo 14.02.',
    );
    const own = {
      ...nurseRead,
      actorId: 'demo-client',
      actorRole: 'client',
      resource: 'client/c1/relationships',
      basis: 'own_data',
    };
    expect(describeEntry(own, translator('en'), 'en', 'demo-client').sentence).toBe(
      'You viewed your care and client relationships on 23 Nov 2026 at 14:02.',
    );
  });

  it("tells the organizer's review of an emergency access as oversight", () => {
    const review = {
      ...nurseRead,
      actorId: 'demo-admin',
      actorName: 'Auli Pääkäyttäjä',
      actorRole: 'administrator',
      unitName: null,
      producerName: null,
      action: 'review',
      resource: 'break-glass/b1',
      basis: 'oversight',
    };
    const text = describeEntry(review, translator('fi'), 'fi', null);
    expect(text.sentence).toBe(
      'Pääkäyttäjä Auli Pääkäyttäjä tarkasti sinua koskeneen hätäkäytön 23.11.2026 klo 14.02.',
    );
    expect(text.basis).toBe(
      'Peruste: järjestäjän valvonta, sillä jokainen hätäkäyttö ja jokainen jo rekisterissä olevalle asiakkaalle kirjattu yhteydenotto tarkastetaan.',
    );
    expect(text.emergency).toBe(false);
  });

  it('has a wording for every phrase in every language, and a fallback for unknown codes', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const t = translator(lang);
      for (const p of PHRASES) {
        for (const group of ['did', 'try', 'selfDid'])
          expect(t(`accessLog.${group}.${p}` as never)).not.toBe(`accessLog.${group}.${p}`);
      }
      const odd = { ...nurseRead, action: 'teleport', basis: 'astrology' };
      const text = describeEntry(odd, t, lang, null);
      expect(text.sentence).not.toContain('accessLog.');
      expect(text.basis).toContain('astrology');
    }
    expect(phraseOf('read', 'client/x/consents')).toBe('read_consents');
    expect(phraseOf('read', 'first-contact/y')).toBe('read_first_contact');
    expect(phraseOf('review', 'first-contact/y')).toBe('review_first_contact');
    expect(phraseOf('read', 'client/x')).toBe('read_client');
    expect(phraseOf('consent.withdraw', 'client/x/consents/y')).toBe('consent_withdraw');
    expect(phraseOf('read', 'client/x/relationships')).toBe('read_relationships');
    expect(phraseOf('relationship.add', 'client/x/relationships')).toBe('relationship_add');
    expect(phraseOf('relationship.end', 'client/x/relationships/y')).toBe('relationship_end');
    expect(phraseOf('legal-basis.add', 'client/x/relationships')).toBe('legal_basis_add');
    expect(phraseOf('read', 'client/x/entries')).toBe('read_entries');
    expect(phraseOf('entry.write', 'client/x/entries')).toBe('entry_write');
  });
});
