import { describe, expect, it } from 'vitest';
import {
  OPENING_KINDS as SERVER_KINDS,
  REVIEW_STATUSES as SERVER_STATUSES,
} from '../../../modules/access/openings.js';
import { FIRST_CONTACT_REASONS as SERVER_REASONS } from '../../../modules/clients/model.js';
import { translator } from '../../i18n/translator.js';
import { FIRST_CONTACT_REASONS, OPENING_KINDS, REVIEW_STATUSES } from '../../trustApi.js';

describe('the review of openings and the registration form', () => {
  it('know the same kinds, statuses and first-contact reasons as the server', () => {
    expect([...OPENING_KINDS]).toEqual([...SERVER_KINDS]);
    expect([...REVIEW_STATUSES]).toEqual([...SERVER_STATUSES]);
    expect([...FIRST_CONTACT_REASONS]).toEqual([...SERVER_REASONS]);
  });

  it('name every kind and reason in every language', () => {
    for (const lng of ['fi', 'sv', 'en'] as const) {
      const t = translator(lng);
      for (const k of OPENING_KINDS) expect(t(`review.kinds.${k}` as never)).not.toBe(`review.kinds.${k}`);
      for (const r of FIRST_CONTACT_REASONS)
        expect(t(`firstContact.reasons.${r}` as never)).not.toBe(`firstContact.reasons.${r}`);
    }
  });
});
