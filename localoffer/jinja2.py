import json

from jinja2 import ChoiceLoader, Environment, PackageLoader, PrefixLoader
from markupsafe import Markup

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse

from pages.navigation import latest_annual_report

# What Django's json_script escapes, so data cannot close the <script> element it sits in.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_for_script(value) -> Markup:
    """`value` as JSON that is safe inside <script type="application/ld+json">."""
    return Markup(json.dumps(value, cls=DjangoJSONEncoder).translate(_SCRIPT_ESCAPES))  # noqa: S704


def environment(**options) -> Environment:
    """The Jinja2 environment for public pages: the project's templates first, then the
    GOV.UK Frontend macros under the `govuk_frontend_jinja/` prefix."""
    options["loader"] = ChoiceLoader(
        [
            options["loader"],
            PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
        ]
    )
    options.setdefault("trim_blocks", True)
    options.setdefault("lstrip_blocks", True)
    # Django's Jinja2 backend passes autoescape=True in `options`.
    env = Environment(**options)  # noqa: S701
    env.globals.update(static=static, url=reverse, latest_annual_report=latest_annual_report)
    env.filters["json_for_script"] = json_for_script
    return env
