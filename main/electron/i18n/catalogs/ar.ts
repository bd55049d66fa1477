import type { ShellCatalog } from './en.js';

export const shellAr: ShellCatalog = {
  'menu.session': 'الجلسة',
  'menu.showConsole': 'إظهار لوحة التحكم',
  'menu.openProjector': 'فتح شاشة العرض',
  'menu.closeProjector': 'إغلاق شاشة العرض',
  'menu.quit': '{platform, select, win32 {خروج} other {إنهاء Circlework}}',
  'menu.edit': 'تحرير',
  'menu.view': 'عرض',
  'menu.actualSize': 'الحجم الفعلي',
  'menu.zoomIn': 'تكبير',
  'menu.zoomOut': 'تصغير',
  'menu.fullScreen': 'ملء الشاشة',
  'menu.window': 'نافذة',
  'menu.help': 'مساعدة',
  'menu.checkForUpdates': 'البحث عن تحديثات…',
  'menu.automaticUpdates': 'البحث عن تحديثات تلقائيًا',
  'menu.networkHelp': 'إذا لم تتمكن الهواتف من الاتصال…',
  'menu.openLogFolder': 'فتح مجلد السجل',
  'menu.path': '{menu} ← {item}',
  'dialog.ok': 'حسنًا',
  'window.reconnecting': 'Circlework — جارٍ إعادة الاتصال بالجلسة…',
  'host.failed': 'مضيف الجلسة يتوقف مرة بعد مرة.',
  'host.failedDetail':
    'كل إجابة أكّد استلامها محفوظة. أغلق Circlework ثم شغّله من جديد: ستُفتح الجلسة من حيث توقفت. إذا تكرر ذلك، فأرسل السجل إلى فريق تقنية المعلومات لديك ({logFolder}).',
  'host.cannotStart': 'تعذّر تشغيل Circlework',
  'host.cannotStartDetail': '{error}\n\nتجد التفاصيل في مجلد السجل ({logFolder}).',
  'save.title': 'حفظ',
  'save.pdf': 'مستند PDF',
  'save.workshop': 'ملف ورشة عمل',
  'updates.title': 'التحديثات',
  'updates.upToDate': 'Circlework محدَّث.',
  'updates.youHave': 'لديك الإصدار {version}.',
  'updates.availableTitle': 'يتوفر تحديث',
  'updates.available': 'يتوفر Circlework {version} (لديك {current}).',
  'updates.availableDetail':
    'هل تريد تنزيله الآن؟ يُثبَّت عند إغلاق Circlework، ولا يُثبَّت أبدًا أثناء جلسة.',
  'updates.download': 'تنزيل',
  'updates.notNow': 'ليس الآن',
  'updates.readyTitle': 'التحديث جاهز',
  'updates.ready': 'Circlework {version} جاهز للتثبيت.',
  'updates.readyDetail':
    'أعد التشغيل الآن لتثبيته، أو سيُثبَّت في المرة القادمة التي تغلق فيها البرنامج.',
  'updates.restart': 'إعادة التشغيل والتثبيت',
  'updates.later': 'لاحقًا',
  'updates.failed': 'تعذّر البحث عن تحديثات.',
  'updates.failedDetail':
    'تعذّر الوصول إلى خادم التحديثات. تحقق من الاتصال بالإنترنت وحاول مرة أخرى لاحقًا.',
  'updates.automaticTitle': 'البحث عن تحديثات تلقائيًا؟',
  'updates.automatic': 'هل تريد البحث عن تحديثات في كل مرة يبدأ فيها Circlework؟',
  'updates.disclosure':
    'يطلب البحث من خادم تحديثات Circlework ملفًا صغيرًا واحدًا يذكر أحدث إصدار. ومثل أي طلب على الويب، يطّلع الخادم على عنوانك على الإنترنت والوقت ونوع حاسوبك (Windows أو macOS أو Linux). لا يرسل أي جلسة ولا أسماء ولا إجابات ولا أي مُعرِّف لهذا الحاسوب. لا يُنزَّل شيء ما لم تطلب ذلك.',
  'updates.turnOn': 'تشغيل',
  'updates.keepOff': 'إبقاؤه متوقفًا',
  'network.why':
    'تنضم الهواتف في القاعة إلى جلستك عبر شبكة Wi-Fi هذه، لذا يجب أن يقبل الحاسوب اتصالاتها. لا يخرج شيء إلى الإنترنت.',
  'network.windowsTitle': 'سيسألك Windows عن جدار الحماية',
  'network.windows':
    'سيسألك جدار حماية Windows Defender بعد قليل عمّا إذا كان مسموحًا لـ Circlework بالاتصال عبر الشبكات.',
  'network.windowsDetail':
    '{why}\n\nحدّد «الشبكات الخاصة» واختر «السماح بالوصول». إذا اخترت «إلغاء» فلن تتمكن الهواتف من الانضمام؛ ويمكنك السماح بذلك لاحقًا من أمان Windows ← جدار الحماية وحماية الشبكة ← السماح لتطبيق بالمرور عبر جدار الحماية.',
  'network.macTitle': 'سيسألك macOS عن الشبكة',
  'network.mac':
    'قد يسألك macOS عمّا إذا كان مسموحًا لـ Circlework بالعثور على الأجهزة في شبكتك المحلية أو قبول الاتصالات الواردة.',
  'network.macDetail':
    '{why}\n\nاختر «السماح». إذا كنت قد اخترت «عدم السماح»، ففعّله لاحقًا من إعدادات النظام ← الخصوصية والأمن ← الشبكة المحلية، ومن الشبكة ← جدار الحماية ← الخيارات.',
  'network.linuxTitle': 'إذا لم تتمكن الهواتف من الاتصال',
  'network.linux':
    'إذا كان على هذا الحاسوب جدار حماية (ufw أو firewalld)، فقد يمنع الهواتف من الدخول.',
  'network.linuxDetail':
    '{why}\n\nاسمح بالاتصالات الواردة إلى منفذ المشاركين في Circlework (يظهر في فحص الشبكة) على شبكتك المحلية.',
};
