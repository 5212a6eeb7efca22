// One dictionary per language; zh-CN unless the address says ?lang=en.
import zh from './lang/zh-CN.mjs';
import en from './lang/en.mjs';

export const DICTIONARIES = { 'zh-CN': zh, en };
export const DEFAULT_LANG = 'zh-CN';

/** The page's language from its query string. */
export function languageOf(search) {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : DEFAULT_LANG;
}

/** t(key, vars): the key's text with {name} replaced; an unknown key shows itself, so it is seen and fixed. */
export function translator(lang) {
  const dictionary = DICTIONARIES[lang] ?? DICTIONARIES[DEFAULT_LANG];
  return (key, vars = {}) => {
    const text = dictionary[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
  };
}

/** Number and date formats of the language. */
export function formats(lang) {
  const percent = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const instant = new Intl.DateTimeFormat(lang, {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  });
  return {
    percent: (ratio) => (ratio == null ? '—' : percent.format(ratio)),
    number: (n) => (n == null ? '—' : number.format(n)),
    instant: (iso) => (iso ? instant.format(new Date(iso)) : '—'),
  };
}
