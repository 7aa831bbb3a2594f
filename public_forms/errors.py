"""The GOV.UK error summary's list: each error, linked to the field it is about."""

from django import forms


def error_list(form: forms.Form, *, href: str = "#{name}") -> list[dict]:
    """The form's first error for each field, as the `govukErrorSummary` macro takes them.
    `href` is the link to the field, with `{name}` for the field's name and `{dashed}` for
    the name with dashes for underscores (`"#feedback-{dashed}"`). Errors not about one
    field link to the first field."""
    first = next(iter(form.fields), "")
    items = []
    for name, errors in form.errors.items():
        field = first if name == forms.forms.NON_FIELD_ERRORS else name
        items.append(
            {"text": errors[0], "href": href.format(name=field, dashed=field.replace("_", "-"))}
        )
    return items
