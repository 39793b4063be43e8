// A translator over a { lang: { key: text } } table: `{name}` placeholders, a fallback language,
// and the page's <html lang> kept in step with the chosen language.
export function createTranslator(texts, fallback) {
  let lang = fallback;
  return {
    setLanguage(value) {
      lang = value in texts ? value : fallback;
      document.documentElement.lang = lang;
    },
    language: () => lang,
    t(key, vars = {}) {
      const text = texts[lang][key] ?? texts[fallback][key] ?? key;
      return text.replace(/\{(\w+)\}/g, (_m, name) => String(vars[name] ?? ''));
    },
  };
}
