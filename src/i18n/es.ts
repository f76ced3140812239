import { importChunk } from '../core/chunk.js';
import { wordingChunks } from '../faq/writer.js';
import type { Labels } from './en.js';

/** Spanish labels (loaded as their own chunk, only on pages whose locale is Spanish). */
export const es: Labels = {
  lang: 'es',
  loading: 'Cargando el perfil…',
  errorTitle: 'No se puede mostrar este perfil.',
  offline: 'Parece que no hay conexión; se cargará cuando vuelva.',
  errors: {
    'no-source': () => 'No se indicó ningún puesto.',
    'unknown-job': (e) => `No hay ningún puesto incluido llamado «${e.id ?? ''}».`,
    'invalid-src': () => 'Su dirección no es un enlace web.',
    blocked: () => 'Esta página no permite cargar sus datos.',
    network: (e) =>
      e.offline ? 'Parece que no hay conexión; se cargará cuando vuelva.' : 'No se pudo acceder a sus datos.',
    http: (e) => `El servidor de sus datos respondió con un error (${e.status ?? ''}).`,
    'content-type': () => 'El servidor no envió JSON.',
    'too-large': () => 'Sus datos son demasiado grandes.',
    timeout: () => 'Sus datos tardaron demasiado en cargar.',
    'invalid-json': () => 'Sus datos no son JSON válido.',
    'invalid-data': (e) => `Sus datos tienen ${e.issues === 1 ? 'un problema' : `${e.issues} problemas`}.`,
    'load-failed': () => 'No se pudieron cargar sus datos.',
  },
  alsoKnownAs: 'También conocido como',
  about: 'Sobre el puesto',
  languages: 'Lenguajes habituales',
  salaryHeading: 'Salario',
  outlookHeading: 'Perspectivas de empleo',
  figures: 'Salario y perspectivas',
  salary: (kind) => (kind === 'average' ? 'Salario medio' : 'Salario mediano'),
  period: (period) => (period === 'year' ? 'al año' : 'por hora'),
  phrasePeriod: (period) => (period === 'year' ? 'al año' : 'por hora'),
  percentile: (n) => `percentil ${n}`,
  range: (low, high, median) =>
    `Rango salarial: de ${low} (percentil 10) a ${high} (percentil 90)${median ? `, mediana ${median}` : ''}.`,
  growth: (percent) =>
    percent > 0 ? 'Crecimiento previsto del empleo' : percent < 0 ? 'Caída prevista del empleo' : 'Cambio previsto del empleo',
  openings: (kind) => (kind === 'total' ? 'Vacantes en total' : 'Vacantes al año'),
  growthShort: (percent) => (percent > 0 ? 'Crecimiento del empleo' : percent < 0 ? 'Caída del empleo' : 'Cambio del empleo'),
  littleChange: 'Poco o ningún cambio',
  noSalary: 'Aún sin cifra confirmada',
  noGrowth: 'Aún sin previsión confirmada',
  moreSkills: (count) => `+${count} más`,
  topSkills: 'Habilidades principales',
  profileLink: 'Perfil completo',
  region: (label, region) => `${label} (${region})`,
  source: 'Fuente',
  asOf: (date) => `datos de ${date}`,
  employers: 'Quién contrata',
  activities: 'El día a día',
  skills: 'Habilidades que aprender',
  showAll: (count) => `Ver las ${count} habilidades`,
  showFewer: 'Ver menos habilidades',
  path: 'Cómo conseguir el puesto',
  related: 'Puestos relacionados',
  faq: 'Preguntas frecuentes',
  faqPhrases: () => importChunk(wordingChunks.es!).then((m) => m.phrases),
  directory: 'Explora empleos tecnológicos',
  search: 'Buscar empleos',
  matches: (shown, total) =>
    shown === total
      ? `${total} ${total === 1 ? 'empleo' : 'empleos'}`
      : shown === 0
        ? 'Ningún empleo coincide con la búsqueda.'
        : `${shown} de ${total} empleos coinciden.`,
  directoryError: 'No se puede mostrar la lista de empleos.',
  directoryControls: {
    family: 'Área',
    anyFamily: 'Todas las áreas',
    families: {
      software: 'Desarrollo de software',
      data: 'Datos e IA',
      infrastructure: 'Nube, TI y redes',
      security: 'Seguridad',
      design: 'Diseño y redacción',
      business: 'Producto, proyectos y negocio',
      hardware: 'Hardware y electrónica',
    },
    sort: 'Ordenar por',
    sorts: { best: 'Mejor coincidencia', pay: 'Mayor salario', growth: 'Mayor crecimiento' },
    matchedSkills: 'Habilidades que coinciden',
  },
};
