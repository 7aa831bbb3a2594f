from django.core.exceptions import ValidationError

from wagtail import blocks

HEADING_LEVELS = [("h2", "Level 2 heading"), ("h3", "Level 3 heading")]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    heading_level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="h2")

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(
        choices=[("inset", "Inset: useful to know"), ("warning", "Warning: important")],
        default="inset",
    )
    text = blocks.RichTextBlock(features=["bold", "link"])

    class Meta:
        icon = "warning"
        template = "components/blocks/callout.html"


class AccordionSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    summary = blocks.CharBlock(max_length=200, required=False)
    content = blocks.RichTextBlock(features=["h3", "bold", "ol", "ul", "link"])


class AccordionBlock(blocks.StructBlock):
    heading_level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="h2")
    sections = blocks.ListBlock(AccordionSectionBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "components/blocks/accordion.html"


class ContactCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120)
    description = blocks.TextBlock(required=False)
    phone = blocks.CharBlock(max_length=40, required=False)
    email = blocks.EmailBlock(required=False)
    website = blocks.URLBlock(required=False)


class ContactCardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="Who to contact")
    heading_level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="h2")
    cards = blocks.ListBlock(ContactCardBlock(), min_num=1)

    class Meta:
        icon = "group"
        template = "components/blocks/contact_cards.html"


def _is_site_path_or_web_address(value: str) -> bool:
    return value.startswith("/") and not value.startswith("//") or value.startswith("https://")


class TaskLinkBlock(blocks.StructBlock):
    """One of the journeys families need most, shown near the top of the home page."""

    text = blocks.CharBlock(max_length=80, help_text="What the family wants to do.")
    page = blocks.PageChooserBlock(required=False)
    link = blocks.CharBlock(
        max_length=300,
        required=False,
        help_text="Instead of a page: a search such as /services/?need=ASD, or a web address "
        "starting https://.",
    )
    description = blocks.CharBlock(max_length=200, required=False)

    class Meta:
        icon = "link"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("link")):
            raise blocks.StructBlockValidationError(
                non_block_errors=[ValidationError("Choose a page or give a link, not both.")]
            )
        if value.get("link") and not _is_site_path_or_web_address(value["link"]):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "link": ValidationError("Start with / for this site, or with https://.")
                }
            )
        return value


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    logic = blocks.ChoiceBlock(
        choices=[("and", "And: done alongside the step before"), ("or", "Or: instead of it")],
        required=False,
        help_text="Leave empty for a new numbered step.",
    )
    content = blocks.RichTextBlock(
        features=["bold", "ul", "ol", "link"],
        help_text="What to do, with links to the pages and services that help.",
    )


class StepByStepBlock(blocks.StructBlock):
    """GOV.UK's step-by-step navigation, without its show and hide: every step is open, so
    it works the same with or without JavaScript."""

    heading = blocks.CharBlock(max_length=120)
    heading_level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="h2")
    steps = blocks.ListBlock(StepBlock(), min_num=2)

    class Meta:
        icon = "list-ol"
        template = "components/blocks/step_by_step.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # An "and" or "or" step shares the number of the step it goes with.
        numbered, number = [], 0
        for step in value["steps"]:
            if not step["logic"]:
                number += 1
            numbered.append((number, step))
        context["numbered_steps"] = numbered
        return context


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "ol", "ul", "link", "document-link"],
        template="components/blocks/paragraph.html",
    )
    callout = CalloutBlock()
    accordion = AccordionBlock()
    contacts = ContactCardsBlock()
    step_by_step = StepByStepBlock()
