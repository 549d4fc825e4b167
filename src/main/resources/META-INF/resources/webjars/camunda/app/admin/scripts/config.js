// Administrators' webapp: Vietnamese login screen and header (the rest falls back to English), our language choice.
export default {
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['scripts/language-choice']
};
