import type { TemplateInput } from '../../shared/template/template-schema.js';
import {
  isWorkshopLanguage,
  type WorkshopLanguage,
} from '../../shared/template/workshop-languages.js';
import { ar } from './starter-catalogs/ar.js';
import { de } from './starter-catalogs/de.js';
import { en, type StarterCatalog } from './starter-catalogs/en.js';
import { es } from './starter-catalogs/es.js';

const STARTER_CATALOGS: Record<WorkshopLanguage, StarterCatalog> = { en, es, de, ar };

/**
 * What "New workshop" starts from: the group agreement every workshop needs already written, so
 * a counselor fills in content rather than rules. Summary and audience are left empty for the
 * editor to ask for: instructions in their place would be saved as if they were the content.
 * Written in the counselor's interface language, which becomes the workshop's own language.
 */
export function starterWorkshop(id: string, interfaceLanguage?: string): TemplateInput {
  const language = isWorkshopLanguage(interfaceLanguage) ? interfaceLanguage : 'en';
  const words = STARTER_CATALOGS[language];
  return {
    id,
    title: words.title,
    summary: '',
    audience: '',
    minutes: 30,
    language,
    agreement: words.agreement,
    steps: [
      {
        id: 'welcome',
        kind: 'info',
        title: words.welcomeTitle,
        minutes: 5,
        body: words.welcomeBody,
      },
    ],
  };
}
