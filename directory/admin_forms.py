"""The service editor's form: providers pick only their own organisations."""

from wagtail.admin.forms import WagtailAdminPageForm

from directory.permissions import provider_organisation_ids


class ServicePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        organisation_ids = provider_organisation_ids(self.for_user) if self.for_user else None
        if organisation_ids is not None and "organisation" in self.fields:
            field = self.fields["organisation"]
            field.queryset = field.queryset.filter(pk__in=organisation_ids)
