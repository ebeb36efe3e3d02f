import type { Texts } from '../../server/messages.js';

/** This module's texts in Finnish, Swedish and English (merged into MESSAGES in server/messages.ts). */
export const AUDIT_MESSAGES = {} as const satisfies Record<string, Texts>;
