import { initAll } from 'govuk-frontend'

import { initBackToSearch } from './back-to-search.mjs'
import { initFeedback } from './feedback.mjs'
import { initPrintButtons } from './print.mjs'

// Module scripts run only in browsers that GOV.UK Frontend supports, so this stands in for
// the inline snippet of the GOV.UK page template: no inline script, no CSP exception.
document.body.classList.add('js-enabled', 'govuk-frontend-supported')

initAll()
initBackToSearch()
initPrintButtons()
initFeedback()
