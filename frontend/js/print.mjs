/**
 * Reveal the "Print this page" buttons, which need JavaScript, and hide the text that tells
 * people without it how to print from their browser.
 *
 * @param {ParentNode} [scope]
 */
export function initPrintButtons(scope = document) {
  for (const $print of scope.querySelectorAll('[data-module="app-print"]')) {
    const $button = $print.querySelector('.app-print__button')
    const $fallback = $print.querySelector('.app-print__fallback')
    if (!$button) continue

    $button.addEventListener('click', () => window.print())
    $button.hidden = false
    if ($fallback) $fallback.hidden = true
  }
}
