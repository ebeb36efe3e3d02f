/**
 * Every text the API answers with: the HTTP kit's and each module's own catalogue, assembled in
 * one place (the only one that knows all modules). Keys must not repeat across catalogues, and
 * each text must have the same placeholders in every language (src/app/messages.test.ts).
 */
import type { Catalogue } from '../http/messages.js';
import { HTTP_MESSAGES } from '../http/texts.js';
import { ACCESS_MESSAGES } from '../modules/access/messages.js';
import { ANALYTICS_MESSAGES } from '../modules/analytics/messages.js';
import { AUDIT_MESSAGES } from '../modules/audit/messages.js';
import { SIGN_IN_MESSAGES } from '../modules/auth/messages.js';
import { CATALOGUE_MESSAGES } from '../modules/catalogue/messages.js';
import { CLIENT_MESSAGES } from '../modules/clients/messages.js';
import { CODE_MESSAGES } from '../modules/codes/messages.js';
import { PATHWAY_MESSAGES } from '../modules/pathways/messages.js';
import { RECORDS_MESSAGES } from '../modules/records/messages.js';

/** Each catalogue by the folder that owns it. */
export const MESSAGE_SOURCES: Readonly<Record<string, Catalogue>> = {
  http: HTTP_MESSAGES,
  access: ACCESS_MESSAGES,
  analytics: ANALYTICS_MESSAGES,
  audit: AUDIT_MESSAGES,
  auth: SIGN_IN_MESSAGES,
  catalogue: CATALOGUE_MESSAGES,
  clients: CLIENT_MESSAGES,
  codes: CODE_MESSAGES,
  pathways: PATHWAY_MESSAGES,
  records: RECORDS_MESSAGES,
};

/** Every message by key. */
export const MESSAGES: Readonly<Record<string, Catalogue[string]>> = Object.assign(
  {},
  ...Object.values(MESSAGE_SOURCES),
);
