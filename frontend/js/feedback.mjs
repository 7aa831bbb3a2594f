/**
 * The "Is this page useful?" widget, in place: "Yes" is sent at once; "No" and "Report a
 * problem" open the form below the question instead of going to a page of their own. The
 * thanks goes into a live region, so screen readers announce it. Without this script the
 * same forms post normally.
 *
 * @param {ParentNode} [scope]
 */
export function initFeedback(scope = document) {
  for (const $widget of scope.querySelectorAll('[data-module="app-feedback"]')) {
    const $prompt = $widget.querySelector('[data-feedback-prompt]')
    const $answer = $widget.querySelector('[data-feedback-answer]')
    const $panel = $widget.querySelector('[data-feedback-panel]')
    const $details = $widget.querySelector('[data-feedback-details]')
    const $helpful = $widget.querySelector('[data-feedback-helpful]')
    const $heading = $widget.querySelector('[data-feedback-form-heading]')
    const $errors = $widget.querySelector('[data-feedback-errors]')
    const $status = $widget.querySelector('[data-feedback-status]')
    const $thanks = $widget.querySelector('[data-feedback-thanks]')
    let $opener = null

    const thank = () => {
      $prompt.hidden = true
      $panel.hidden = true
      $status.replaceChildren($thanks.content.cloneNode(true))
      $status.focus()
    }

    const send = async ($form, extra = {}) => {
      const body = new FormData($form)
      for (const [name, value] of Object.entries(extra)) body.set(name, value)
      const response = await fetch($form.action, {
        method: 'POST',
        body,
        headers: { Accept: 'application/json' }
      })
      if (response.ok) return thank()
      const { errors } = await response.json().catch(() => ({ errors: null }))
      const text = response.status === 429
        ? 'You have sent a lot of feedback in a short time. Wait a few minutes and try again.'
        : 'Sorry, your feedback could not be sent. Try again later.'
      showErrors(errors || [{ text, href: '#feedback-what-went-wrong' }])
    }

    const showErrors = (errors) => {
      const $list = document.createElement('ul')
      $list.className = 'govuk-list govuk-error-summary__list'
      for (const { text, href } of errors) {
        const $link = document.createElement('a')
        $link.href = href
        $link.textContent = text
        $list.append(document.createElement('li'))
        $list.lastChild.append($link)
      }
      const $summary = document.createElement('div')
      $summary.className = 'govuk-error-summary'
      $summary.setAttribute('role', 'alert')
      $summary.tabIndex = -1
      const $title = document.createElement('h3')
      $title.className = 'govuk-error-summary__title'
      $title.textContent = 'There is a problem'
      const $body = document.createElement('div')
      $body.className = 'govuk-error-summary__body'
      $body.append($list)
      $summary.append($title, $body)
      $errors.replaceChildren($summary)
      $summary.focus()
    }

    const open = (helpful, $from) => {
      $opener = $from
      $helpful.value = helpful
      $heading.textContent = helpful === 'no' ? 'Help us improve this page' : 'Report a problem with this page'
      $prompt.hidden = true
      $panel.hidden = false
      $heading.focus()
    }

    const close = () => {
      $panel.hidden = true
      $prompt.hidden = false
      $errors.replaceChildren()
      $opener?.focus()
    }

    $answer.addEventListener('submit', (event) => {
      event.preventDefault()
      const $button = event.submitter
      if ($button?.value === 'no') return open('no', $button)
      send($answer, { helpful: $button?.value || 'yes' })
    })

    for (const $link of $widget.querySelectorAll('a[data-feedback-open="problem"]')) {
      $link.addEventListener('click', (event) => {
        event.preventDefault()
        open('', $link)
      })
    }

    $details.addEventListener('submit', (event) => {
      event.preventDefault()
      send($details)
    })

    $widget.querySelector('[data-feedback-cancel]').addEventListener('click', close)
  }
}
