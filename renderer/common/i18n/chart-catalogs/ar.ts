import type { ChartCatalog } from './en.js';

/**
 * The charts' Arabic messages, the same keys as en.ts; arrows point the way Arabic reads.
 * DRAFT TO REVIEW: written by the development team; a native-speaking counselor should review
 * the wording before use.
 */
export const chartAr: ChartCatalog = {
  'chart.tooFew':
    'الإجابات ما زالت أقل من أن تُعرض. يظهر ملخص بعد أن {k, plural, zero {يجيب # شخص} one {يجيب شخص واحد} two {يجيب شخصان} few {يجيب # أشخاص} many {يجيب # شخصًا} other {يجيب # شخص}} على الأقل.',
  'chart.respondents':
    '{count, plural, zero {لم يُجب أحد} one {أجاب شخص واحد} two {أجاب شخصان} few {أجاب # أشخاص} many {أجاب # شخصًا} other {أجاب # شخص}}',
  'chart.people':
    '{count, plural, zero {# شخص} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}',
  'chart.percent': '{percent}٪',
  'chart.choiceDetail':
    '{count, plural, zero {# شخص} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}} · {percent}٪',
  'chart.correct': 'صحيح',
  'chart.average': 'المتوسط',
  'chart.median': 'القيمة الوسطى',
  'chart.averagePosition': 'متوسط الترتيب {place, number, ::.0}',
  'chart.placedAsKey': '{percent}٪ وضعوه تحت «{category}»',
  'chart.sortOpinionNote': 'أين وضع الناس كل عنصر. لا توجد إجابة صحيحة.',
  'chart.noTexts': 'لم تُشارَك أي إجابة مع المجموعة.',
  'chart.noWords': 'لا كلمات لعرضها.',
  'chart.hideWord': 'إخفاء كلمة «{word}»',
  'chart.hideWordHint': 'إخفاء هذه الكلمة من السحابة',
  'chart.ratingLegend': 'التقييمات من 1 إلى 5',
  'chart.statements': 'إظهار كل عبارة',
  'chart.ratingCount': '{label}: {count}',
  'chart.or': 'أو',
  'chart.splitWithheld': 'التوزيع غير معروض، حمايةً للأعداد الصغيرة.',
  'chart.otherCombined': 'إجابات أخرى مجمّعة',
  'chart.combinedNote': 'تُجمَع الإجابات التي قدّمها أقل من 3 أشخاص، حتى لا يمكن تمييز أحد.',
  'chart.mostMatchKey': 'أغلب المجموعة وافقت المفتاح',
  'chart.bandSkipped': 'متخطّى',
  'chart.bandMixed': 'في الوسط',
  'chart.leanTitle': 'إلى أين يميل الناس عمومًا',
  'chart.leanMost': 'مال أغلب المجموعة نحو «{band}».',
  'chart.leanHalf': 'مال نصف المجموعة نحو «{band}».',
  'chart.leanMixed': 'قيّم أغلب المجموعة هذا المحور في الوسط.',
  'chart.leanSplit': 'مالت المجموعة هنا في اتجاهات مختلفة.',
  'chart.sliderMost': 'أجاب أغلب المجموعة {range}.',
  'chart.choiceMost': 'اختار أغلب المجموعة «{option}».',
  'chart.choiceMostPicked': 'اختار أكثر من نصف المجموعة {options}.',
  'chart.quoted': '«{text}»',
  'chart.topWords': 'كلمات ذكرها أكثر من شخص، الأكثر تكرارًا أولًا.',
  'chart.noTopWords': 'لم يذكر أكثر من شخص أي كلمة.',
  'room.tooFewTitle': 'الإجابات أقل من أن تُعرض',
  'room.tooFew': 'حفاظًا على إخفاء هوية الجميع، تُعرض النتائج ابتداءً من {k} إجابات.',
  'room.respondents':
    '{count, plural, zero {# إجابة} one {إجابة واحدة} two {إجابتان} few {# إجابات} many {# إجابة} other {# إجابة}}',
  'room.averagePosition': 'متوسط الترتيب {place, number, ::.0} من {count}',
  'room.sortLabel': '{item} ← {category}',
  'room.sortNote': 'نسبة المجموعة التي وضعت كل عنصر حيث يضعه المفتاح',
  'room.median': 'الإجابة الوسطى',
  'room.noTexts': 'لا إجابات مُشارَكة مقبولة بعد.',
  'room.noWords': 'لا كلمات لعرضها بعد.',
};
