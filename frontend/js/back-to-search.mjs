/**
 * Point "Back to search" at the results the family came from, filters and all, when they came
 * from the search page of this site; otherwise it stays a link to the search page itself.
 *
 * @param {ParentNode} [scope]
 */
export function initBackToSearch(scope = document) {
  if (!document.referrer) return

  const referrer = new URL(document.referrer)
  for (const $link of scope.querySelectorAll('[data-module="app-back-to-search"]')) {
    const target = new URL($link.href)
    if (referrer.origin === target.origin && referrer.pathname === target.pathname) {
      $link.href = referrer.href
    }
  }
}
