"""What every form the public can submit without an account shares.

Public pages set no cookies, so these forms carry no CSRF token. Instead each job has a module:

- `honeypot`: `PublicForm`, a base form with a field people never see, and `PublicTextField`
  for free text;
- `origin`: the same-origin check on `Origin`/`Referer` that replaces the CSRF check;
- `rate_limit`: each client's allowance per form, kept in the shared cache;
- `text`: `clean_public_text()`, the one function that strips control characters and
  redacts personal details from anything the public sends, and `local_path()` for the
  "back to" paths forms carry;
- `errors`: the GOV.UK error summary's list of errors;
- `decorators`: `@public_form_view(scope=...)`, which puts the checks in front of a view and
  retries a submission the database briefly refused;
- `site_settings`: Wagtail settings every public page reads, made after `migrate` and
  served with their defaults when a database refusing writes cannot make them.
"""
