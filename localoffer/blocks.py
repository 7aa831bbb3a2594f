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


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "ol", "ul", "link", "document-link"],
        template="components/blocks/paragraph.html",
    )
    callout = CalloutBlock()
    accordion = AccordionBlock()
    contacts = ContactCardsBlock()
