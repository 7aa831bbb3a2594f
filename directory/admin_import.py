"""Editors import listings in the admin: upload a CSV or XLSX made from the template, see
what would change and every problem by row and column, then confirm. The health of each
source (when it was last read, how many listings it gave, how many were rejected and why)
is listed beside it, and the directory can be downloaded in the same columns."""

import uuid
from pathlib import PurePath

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.views.generic import FormView

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from directory.api.mapping import SERVICE_RELATIONS
from directory.api.selectors import public_services
from directory.models import ImportSource
from directory.transfer import (
    SourceError,
    export_csv,
    export_oruk,
    export_xlsx,
    import_rows,
    read_data,
    read_mapping,
)

IMPORT_PERMISSION = "directory.add_importsource"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
UPLOAD_FOLDER = "listing-imports"


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Spreadsheet",
        help_text="A CSV or XLSX file with the columns of the listings template.",
    )
    mapping = forms.FileField(
        required=False,
        label="Mapping file (optional)",
        help_text="A CSV of vocabulary, value, term, for values that match none of our terms.",
    )
    organisation = forms.CharField(
        required=False,
        max_length=255,
        help_text="The organisation for rows that name none.",
    )
    publish = forms.BooleanField(
        required=False,
        label="Publish the listings",
        help_text="Otherwise they are saved as drafts for the normal review.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The file is over 20 MB: split it into smaller files.")
        if PurePath(upload.name).suffix.lower() not in (".csv", ".xlsx"):
            raise forms.ValidationError("Choose a CSV or XLSX file.")
        return upload


class ConfirmForm(forms.Form):
    token = forms.UUIDField(widget=forms.HiddenInput)
    name = forms.CharField(widget=forms.HiddenInput, max_length=255)
    organisation = forms.CharField(widget=forms.HiddenInput, required=False, max_length=255)
    publish = forms.BooleanField(widget=forms.HiddenInput, required=False)
    mapping_token = forms.UUIDField(widget=forms.HiddenInput, required=False)


def _stored(token: uuid.UUID) -> str:
    return f"{UPLOAD_FOLDER}/{token}.upload"


def _keep(data: bytes) -> uuid.UUID:
    token = uuid.uuid4()
    default_storage.save(_stored(token), ContentFile(data))
    return token


def _read_kept(token: uuid.UUID | None) -> bytes | None:
    if token is None or not default_storage.exists(_stored(token)):
        return None
    with default_storage.open(_stored(token), "rb") as kept:
        return kept.read()


class ImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "directory/admin/import_listings.html"
    form_class = ImportForm
    page_title = "Import listings"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(IMPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(sources=ImportSource.objects.all()[:20], **kwargs)

    def form_valid(self, form):
        """The preview: what the import would do, nothing written yet."""
        upload = form.cleaned_data["file"]
        data = upload.read()
        mapping_data = form.cleaned_data["mapping"].read() if form.cleaned_data["mapping"] else b""
        try:
            rows = read_data(data, format=ImportSource.Format.CSV, name=upload.name)
            report = import_rows(
                rows,
                source_name=PurePath(upload.name).name,
                format=ImportSource.Format.CSV,
                dry_run=True,
                organisation=form.cleaned_data["organisation"],
                mapping=read_mapping(mapping_data) if mapping_data else {},
            )
        except SourceError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        confirm = ConfirmForm(
            initial={
                "token": _keep(data),
                "name": PurePath(upload.name).name,
                "organisation": form.cleaned_data["organisation"],
                "publish": form.cleaned_data["publish"],
                "mapping_token": _keep(mapping_data) if mapping_data else None,
            }
        )
        return self.render_to_response(
            self.get_context_data(form=form, report=report, confirm=confirm)
        )


def import_confirm(request):
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    form = ConfirmForm(request.POST)
    data = _read_kept(form.cleaned_data["token"]) if form.is_valid() else None
    if request.method != "POST" or data is None:
        messages.error(request, "That import has expired: upload the file again.")
        return redirect("directory_import")
    mapping_data = _read_kept(form.cleaned_data["mapping_token"])
    try:
        report = import_rows(
            read_data(data, format=ImportSource.Format.CSV, name=form.cleaned_data["name"]),
            source_name=form.cleaned_data["name"],
            format=ImportSource.Format.CSV,
            publish=form.cleaned_data["publish"],
            organisation=form.cleaned_data["organisation"],
            mapping=read_mapping(mapping_data) if mapping_data else {},
            user=request.user,
        )
    except SourceError as error:
        messages.error(request, str(error))
        return redirect("directory_import")
    finally:
        for token in (form.cleaned_data["token"], form.cleaned_data["mapping_token"]):
            if token and default_storage.exists(_stored(token)):
                default_storage.delete(_stored(token))
    messages.success(
        request,
        f"{len(report.created)} listings added and {len(report.updated)} updated from "
        f"{report.source}; {len(report.rejected_rows)} rows were left out.",
    )
    return redirect("directory_import")


def export_download(request, format: str):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    services = public_services().prefetch_related(*SERVICE_RELATIONS).order_by("title", "pk")
    stamp = timezone.localdate().isoformat()
    if format == "xlsx":
        response = HttpResponse(
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        export_xlsx(services.iterator(chunk_size=500), response)
        extension = "xlsx"
    elif format == "oruk":
        response = HttpResponse(content_type="application/json; charset=utf-8")
        export_oruk(services.iterator(chunk_size=500), response)
        extension = "json"
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        export_csv(services.iterator(chunk_size=500), response)
        extension = "csv"
    response["Content-Disposition"] = f'attachment; filename="listings-{stamp}.{extension}"'
    return response


class ImportSourceViewSet(ModelViewSet):
    """Feed health: each source, when it was last read, what it gave and what was refused."""

    model = ImportSource
    icon = "upload"
    menu_label = "Import sources"
    add_to_admin_menu = False
    form_fields = ["name"]
    list_display = ["name", "format", "last_read_at", "listings_read", "listings_rejected"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "format",
        "last_read_at",
        "listings_read",
        "listings_rejected",
        "problems",
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(IMPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("listings/import/", ImportView.as_view(), name="directory_import"),
        path("listings/import/confirm/", import_confirm, name="directory_import_confirm"),
        path("listings/export/<str:format>/", export_download, name="directory_export"),
    ]


@hooks.register("register_admin_viewset")
def register_import_sources():
    return ImportSourceViewSet("import_sources")


@hooks.register("register_settings_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        "Import listings", reverse("directory_import"), icon_name="upload", order=900
    )
