from jinja2 import ChoiceLoader, Environment, PackageLoader, PrefixLoader


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
    return Environment(**options)
