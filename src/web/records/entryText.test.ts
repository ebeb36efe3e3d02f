import { describe, expect, it } from 'vitest';
import { PROFESSION_REGISTER as SERVER_PROFESSION_REGISTER } from '../../modules/access/model.js';
import { ENTRY_KINDS as SERVER_ENTRY_KINDS } from '../../modules/records/model.js';
import { translator } from '../i18n/translator.js';
import { ENTRY_KINDS, type Entry, PROFESSION_REGISTER, REGISTERS } from '../trustApi.js';
import {
  correctionsOf,
  entryAuthor,
  entryKindName,
  entryTitle,
  registerName,
  registersNote,
} from './entryText.js';

const note: Entry = {
  id: 'e1',
  clientId: 'c1',
  register: 'health',
  kind: 'note',
  text: 'Verenpaine 150/95.',
  corrects: null,
  correctedBy: null,
  authorId: 'demo-nurse',
  authorName: 'Niina Hoitaja',
  authorRole: 'nurse',
  unitName: 'Hämeenlinnan terveysasema',
  createdAt: '2026-03-12T07:05:00.000Z',
};

describe('record entries in words', () => {
  it('agrees with the server on the kinds and on each profession’s register', () => {
    expect([...ENTRY_KINDS]).toEqual([...SERVER_ENTRY_KINDS]);
    expect(PROFESSION_REGISTER).toEqual(SERVER_PROFESSION_REGISTER);
  });

  it('names the register, the kind, the time and the author in each language', () => {
    const fiT = translator('fi');
    expect(entryTitle(note, fiT, 'fi')).toBe('Merkintä, 12.3.2026 klo 9.05');
    expect(entryAuthor(note, fiT)).toBe('Niina Hoitaja, sairaanhoitaja, Hämeenlinnan terveysasema');
    expect(entryAuthor({ ...note, unitName: null, authorName: null }, fiT)).toBe(
      'demo-nurse, sairaanhoitaja',
    );
    expect(registerName('social', translator('sv'))).toBe('Socialvård');
    expect(registerName('health', translator('en'))).toBe('Health care');
    expect(entryTitle({ ...note, kind: 'correction' }, translator('en'), 'en')).toBe(
      'Correction, 12 Mar 2026 at 09:05',
    );
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const t = translator(lang);
      for (const k of ENTRY_KINDS) expect(entryKindName(k, t)).not.toMatch(/^entries\./);
      for (const r of REGISTERS) {
        expect(registerName(r, t)).not.toMatch(/^entries\./);
        expect(registersNote([r], t)).not.toMatch(/^entries\./);
      }
    }
    expect(entryKindName('dictation', fiT)).toBe('dictation');
  });

  it('says which registers are shown, and how the other one opens', () => {
    const t = translator('fi');
    expect(registersNote(['social', 'health'], t)).toBe(
      'Näet sekä sosiaalihuollon että terveydenhuollon kirjaukset.',
    );
    expect(registersNote(['social'], t)).toMatch(
      /^Näet vain sosiaalihuollon kirjaukset\. Terveydenhuollon kirjaukset näet vain, jos asiakas antaa/,
    );
  });

  it('finds the corrections of each entry, newest first', () => {
    const first = {
      ...note,
      id: 'c1',
      kind: 'correction' as const,
      corrects: 'e1',
      createdAt: '2026-03-12T08:00:00Z',
    };
    const second = { ...first, id: 'c2', createdAt: '2026-03-12T09:00:00Z' };
    const map = correctionsOf([first, note, second]);
    expect(map.get('e1')?.map((e) => e.id)).toEqual(['c2', 'c1']);
    expect(map.has('c1')).toBe(false);
  });
});
