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

// The saved filters are the engine's data, named once in Vietnamese (review/ReviewerFilters): in English their names
// are shown in English too.
if (language === 'en') {
  const english = {
    'Việc của tôi': 'My tasks',
    'Việc của đơn vị': "My groups' tasks",
    'Sắp đến hạn': 'Due soon',
    'Quá hạn': 'Overdue'
  };
  const relabel = () => {
    document.querySelectorAll('[class*="filters"]').forEach((list) => {
      const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const name = node.nodeValue.trim();
        if (english[name]) {
          node.nodeValue = node.nodeValue.replace(name, english[name]);
        }
      }
    });
  };
  new MutationObserver(relabel).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}
