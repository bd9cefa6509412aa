// html-validate's settings for the built pages (tests/build/html-validity.test.ts, or
// `html-validate 'dist/**/*.html'`). A JavaScript file so that the exception can say why:
// the JSON config's schema allows no comment field.

/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // A briefing page's <title> is the source's headline, and a quote page's is who said what,
    // word for word: the site never shortens the text it presents as evidence. The 70-character
    // limit guesses how much of a title a search result shows; it is not validity, and WCAG asks
    // only that the title describe the page, which the full headline does.
    'long-title': 'off',
  },
};
