import type { Template } from '../../shared/template/template-schema.js';
import { templateSchema } from '../../shared/template/template-schema.js';
import { sampleParticipants } from './exports-fixture-answers.js';
import { runScriptedSession, type ScriptedParticipant } from './exports-fixture-session.js';
import { exportsFixtureTemplate } from './exports-fixture-template.js';

/** Sentences in right-to-left and CJK scripts, as a participant or a translator would type them. */
export const ARABIC = 'الاعتماد المتبادل يعني أن يستند كل منا إلى الآخر وأن يبقى نفسه.';
export const ARABIC_WITH_DIGITS = 'لدي 3 أصدقاء أثق بهم (وأختي أيضا)';
export const HEBREW = 'תלות הדדית פירושה שכל אחד נשען על השני ושומר על עצמו.';
export const CHINESE = '相互依存的意思是彼此依靠，同时各自保留自己的朋友、想法和需要。';
export const ARABIC_STORY = 'أقول لا عندما أحتاج إلى الراحة، ولا أشعر بالذنب بعد ذلك.';
export const HEBREW_PLAN = 'אבקש עזרה מאחותי פעם בשבוע';
export const CHINESE_WORDS = ['信任', '空间'];
export const ARABIC_OPTION = 'لكل شريك أصدقاؤه';
export const CHINESE_OPTION = '一方替双方做决定';

/** The export fixture with workshop texts and participant answers in Arabic, Hebrew and Chinese. */
export function scriptsTemplate(): Template {
  const base = exportsFixtureTemplate();
  const steps = base.steps.map((step) => {
    if (step.id === 'welcome' && step.kind === 'info') {
      const body = [step.body, `${ARABIC} ${ARABIC_STORY}`, HEBREW, CHINESE.repeat(3)];
      return { ...step, body: body.join('\n\n') };
    }
    if (step.id === 'quiz' && step.kind === 'choice') {
      const [first, second, ...rest] = step.options;
      return {
        ...step,
        options: [
          { ...first!, label: ARABIC_OPTION },
          { ...second!, label: CHINESE_OPTION },
          ...rest,
        ],
      };
    }
    return step;
  });
  return templateSchema.parse({ ...base, id: 'exports-scripts', steps });
}

export function scriptsParticipants(template: Template): ScriptedParticipant[] {
  return sampleParticipants(template, 8, 3).map((participant, index) => ({
    ...participant,
    answers: {
      ...participant.answers,
      plan: { kind: 'worksheet' as const, fields: { what: HEBREW_PLAN, who: ARABIC_WITH_DIGITS } },
      story: {
        kind: 'open' as const,
        text: index % 2 === 0 ? ARABIC_STORY : `${CHINESE} ${index}`,
        share: true,
      },
      'one-word': { kind: 'words' as const, words: [...CHINESE_WORDS, 'שקט'] },
    },
  }));
}

export function scriptsSession() {
  const template = scriptsTemplate();
  const participants = scriptsParticipants(template);
  return { template, participants, session: runScriptedSession({ template, participants }) };
}
