/** The translators of the English and the Spanish pages, for the planner's pure functions (they take the page's language). */
import { translator } from '../../../../src/lib/i18n/format';
import { englishFileMessages, fileMessages } from '../../../support/messages';

export const EN = translator('en', englishFileMessages());
export const ES_MESSAGES = fileMessages('es');
export const ES = translator('es', ES_MESSAGES);
