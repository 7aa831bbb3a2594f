# Open Referral UK ids for listings, organisations, vocabulary terms, venues, contacts and
# opening times, and the record of where imported listings came from.

import uuid

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

MODELS = (
    "needtype",
    "category",
    "supportlevel",
    "area",
    "deliverymethod",
    "referralroute",
    "accessibilityfeature",
    "servicetime",
    "language",
    "organisation",
    "servicepage",
    "servicelocation",
    "servicecontact",
    "serviceschedule",
)


def fill_ids(apps, schema_editor):
    # Each existing row gets a UUID of its own before the column becomes unique.
    for name in MODELS:
        model = apps.get_model("directory", name)
        rows = list(model.objects.only("pk"))
        for row in rows:
            row.oruk_id = uuid.uuid4()
        model.objects.bulk_update(rows, ["oruk_id"], batch_size=500)
    if schema_editor.connection.vendor == "postgresql":
        # PostgreSQL refuses to alter a table with trigger events still pending from updates
        # in the same transaction: run them now.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [("directory", "0004_search_facets")]

    operations = [
        *(
            migrations.AddField(
                model_name=name,
                name="oruk_id",
                field=models.UUIDField(null=True, editable=False, verbose_name="Open Referral id"),
            )
            for name in MODELS
        ),
        migrations.RunPython(fill_ids, migrations.RunPython.noop),
        *(
            migrations.AlterField(
                model_name=name,
                name="oruk_id",
                field=models.UUIDField(
                    default=uuid.uuid4,
                    editable=False,
                    unique=True,
                    verbose_name="Open Referral id",
                ),
            )
            for name in MODELS
        ),
        migrations.CreateModel(
            name="ImportSource",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="The feed's address, or the file's name.",
                        max_length=500,
                        unique=True,
                    ),
                ),
                (
                    "format",
                    models.CharField(
                        choices=[("csv", "CSV or spreadsheet"), ("oruk", "Open Referral UK feed")],
                        max_length=10,
                    ),
                ),
                ("last_read_at", models.DateTimeField(blank=True, null=True)),
                ("listings_read", models.PositiveIntegerField(default=0)),
                ("listings_rejected", models.PositiveIntegerField(default=0)),
                (
                    "problems",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text="The last reading's problems, by row and field.",
                    ),
                ),
            ],
            options={
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="ImportedListing",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "external_id",
                    models.CharField(help_text="The id the source gives it.", max_length=255),
                ),
                ("imported_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "service",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="imported_from",
                        to="directory.servicepage",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="listings",
                        to="directory.importsource",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("source", "external_id"), name="one_listing_per_source_id"
                    )
                ],
            },
        ),
    ]
