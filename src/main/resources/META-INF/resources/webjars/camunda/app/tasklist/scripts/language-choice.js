// Tasklist takes the first browser language it has a locale for. Our users read Vietnamese whatever their browser
// says, unless they chose English with the switch on our pages (cookie "lang"): that choice is offered to Tasklist as
// the browser's language before it starts.
const chosen = (document.cookie.match(/(?:^|;\s*)lang=([A-Za-z-]+)/) || [])[1];
const language = chosen && chosen.toLowerCase().startsWith('en') ? 'en' : 'vi';
// the language also marks the page, for the labels our stylesheet adds (styles/user-styles.css)
document.documentElement.setAttribute('data-lang', language);
try {
  Object.defineProperty(window.navigator, 'languages', {get: () => [language], configurable: true});
  Object.defineProperty(window.navigator, 'language', {get: () => language, configurable: true});
} catch (e) {
  // a browser that forbids it keeps its own language; Vietnamese stays the fallback
}
export default {};
