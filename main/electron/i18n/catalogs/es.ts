import type { ShellCatalog } from './en.js';

export const shellEs: ShellCatalog = {
  'menu.session': 'Sesión',
  'menu.showConsole': 'Mostrar la consola',
  'menu.openProjector': 'Abrir el proyector',
  'menu.closeProjector': 'Cerrar el proyector',
  'menu.quit': '{platform, select, win32 {Salir} other {Salir de Circlework}}',
  'menu.edit': 'Edición',
  'menu.view': 'Ver',
  'menu.actualSize': 'Tamaño real',
  'menu.zoomIn': 'Ampliar',
  'menu.zoomOut': 'Reducir',
  'menu.fullScreen': 'Pantalla completa',
  'menu.window': 'Ventana',
  'menu.help': 'Ayuda',
  'menu.checkForUpdates': 'Buscar actualizaciones…',
  'menu.automaticUpdates': 'Buscar actualizaciones automáticamente',
  'menu.networkHelp': 'Si los teléfonos no pueden conectarse…',
  'menu.openLogFolder': 'Abrir la carpeta de registros',
  'menu.path': '{menu} → {item}',
  'dialog.ok': 'Aceptar',
  'window.reconnecting': 'Circlework — reconectando con la sesión…',
  'host.failed': 'El anfitrión de la sesión se detiene una y otra vez.',
  'host.failedDetail':
    'Todas las respuestas que confirmó están guardadas. Cierra Circlework y vuelve a abrirlo: la sesión se reanuda donde estaba. Si vuelve a ocurrir, envía el registro a tu servicio informático ({logFolder}).',
  'host.cannotStart': 'Circlework no pudo iniciarse',
  'host.cannotStartDetail': '{error}\n\nLa carpeta de registros ({logFolder}) tiene los detalles.',
  'save.title': 'Guardar',
  'save.pdf': 'Documento PDF',
  'save.workshop': 'Archivo de taller',
  'updates.title': 'Actualizaciones',
  'updates.upToDate': 'Circlework está actualizado.',
  'updates.youHave': 'Tienes la versión {version}.',
  'updates.availableTitle': 'Hay una actualización',
  'updates.available': 'Circlework {version} está disponible (tienes la {current}).',
  'updates.availableDetail':
    '¿Descargarla ahora? Se instala cuando cierres Circlework, nunca durante una sesión.',
  'updates.download': 'Descargar',
  'updates.notNow': 'Ahora no',
  'updates.readyTitle': 'Actualización lista',
  'updates.ready': 'Circlework {version} está listo para instalarse.',
  'updates.readyDetail':
    'Reinicia ahora para instalarla, o se instalará la próxima vez que cierres la aplicación.',
  'updates.restart': 'Reiniciar e instalar',
  'updates.later': 'Más tarde',
  'updates.failed': 'No se pudo buscar actualizaciones.',
  'updates.failedDetail':
    'No se pudo contactar con el servidor de actualizaciones. Comprueba la conexión a internet y vuelve a intentarlo más tarde.',
  'updates.automaticTitle': '¿Buscar actualizaciones automáticamente?',
  'updates.automatic': '¿Buscar actualizaciones cada vez que se inicie Circlework?',
  'updates.disclosure':
    'Una búsqueda pide al servidor de actualizaciones de Circlework un archivo pequeño con el nombre de la versión más reciente. Como cualquier petición web, muestra al servidor tu dirección de internet, la hora y tu tipo de ordenador (Windows, macOS o Linux). No envía ninguna sesión, ningún nombre, ninguna respuesta ni ningún identificador de este portátil. No se descarga nada sin que tú lo digas.',
  'updates.turnOn': 'Activar',
  'updates.keepOff': 'Dejar desactivado',
  'network.why':
    'Los teléfonos de la sala se unen a tu sesión por esta red wifi, así que el portátil debe aceptar sus conexiones. Nada sale a internet.',
  'network.windowsTitle': 'Windows preguntará por el firewall',
  'network.windows':
    'El Firewall de Windows Defender va a preguntar si Circlework puede comunicarse en redes.',
  'network.windowsDetail':
    '{why}\n\nMarca «Redes privadas» y elige «Permitir acceso». Si eliges «Cancelar», los teléfonos no podrán unirse; puedes permitirlo más tarde en Seguridad de Windows → Firewall y protección de red → Permitir una aplicación a través del firewall.',
  'network.macTitle': 'macOS preguntará por la red',
  'network.mac':
    'Puede que macOS pregunte si Circlework puede buscar dispositivos en tu red local o aceptar conexiones entrantes.',
  'network.macDetail':
    '{why}\n\nElige «Permitir». Si elegiste «No permitir», actívalo más tarde en Ajustes del Sistema → Privacidad y seguridad → Red local, y en Red → Firewall → Opciones.',
  'network.linuxTitle': 'Si los teléfonos no pueden conectarse',
  'network.linux':
    'Si este ordenador tiene un firewall (ufw, firewalld), puede que deje fuera a los teléfonos.',
  'network.linuxDetail':
    '{why}\n\nPermite en tu red local las conexiones entrantes al puerto de participantes de Circlework (aparece en la comprobación de red).',
};
