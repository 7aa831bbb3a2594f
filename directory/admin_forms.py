"""The service editor's form."""

from wagtail.admin.forms import WagtailAdminPageForm

from directory.permissions import provider_organisation_ids


class ServicePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        # Imported here: this module loads with the models, before Wagtail's rich text
        # converters can.
        from wagtail.admin.rich_text import DraftailRichTextArea

        super().__init__(*args, **kwargs)
        # Providers pick only their own organisations.
        organisation_ids = provider_organisation_ids(self.for_user) if self.for_user else None
        if organisation_ids is not None and "organisation" in self.fields:
            field = self.fields["organisation"]
            field.queryset = field.queryset.filter(pk__in=organisation_ids)
        # Draftail's editable area gets no accessible name from the field's label, which
        # labels a hidden input (axe: aria-input-field-name); name it by the label itself.
        for name, field in self.fields.items():
            if isinstance(field.widget, DraftailRichTextArea):
                label_id = f"{self.auto_id % self.add_prefix(name)}-label"
                field.widget.options = {**field.widget.options, "ariaLabelledBy": label_id}
