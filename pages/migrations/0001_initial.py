"""The site's pages move from the project package (`localoffer`) to this app. Only Django's
record of the models moves: the tables keep their names (`localoffer_…`, each model's
`db_table`), and the content types are relabelled in place, so every page, revision, log
entry, permission and reference keeps the content type it has. `localoffer`'s 0008 then
forgets the models, after this has run."""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import modelcluster.fields
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

# The models that move, by their content type's name.
MODELS = [
    "coveragepage",
    "easyreadpage",
    "eventindexpage",
    "eventpage",
    "glossarypage",
    "homepage",
    "informationpage",
    "localofferrequirement",
    "newsindexpage",
    "newspage",
    "requirementlink",
    "sectionpage",
    "sectionrelatedpage",
    "sitesettings",
]


def relabel_forwards(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    page = apps.get_model("wagtailcore", "Page")
    revision = apps.get_model("wagtailcore", "Revision")
    using = schema_editor.connection.alias
    moving = content_type.objects.using(using).filter(app_label="localoffer", model__in=MODELS)
    # Content types under the new label exist already only if this migration was reversed
    # while the app stayed installed: post_migrate then made them afresh, with nothing but
    # their own permissions. Those give way, with their permissions, to the ones in use.
    fresh = content_type.objects.using(using).filter(
        app_label="pages", model__in=moving.values("model")
    )
    if (
        page.objects.using(using).filter(content_type__in=fresh).exists()
        or revision.objects.using(using).filter(content_type__in=fresh).exists()
    ):
        raise RuntimeError(
            "Pages or revisions use content types under both the 'localoffer' and the "
            "'pages' label: which to keep cannot be decided here."
        )
    fresh.delete()
    moving.update(app_label="pages")
    content_type.objects.clear_cache()


def relabel_backwards(apps, schema_editor):
    """Back to the labels the code before the move expects. Reversing with this app still
    installed, post_migrate makes its content types again; migrating forward again replaces
    them (above)."""
    content_type = apps.get_model("contenttypes", "ContentType")
    content_type.objects.using(schema_editor.connection.alias).filter(
        app_label="pages", model__in=MODELS
    ).update(app_label="localoffer")
    content_type.objects.clear_cache()


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        # The tables already exist: localoffer's migrations made them.
        ('localoffer', '0007_easy_read_page'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('directory', '0005_open_referral'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='CoveragePage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('introduction', models.TextField(blank=True)),
                    ],
                    options={
                        'verbose_name': 'about this Local Offer page',
                        'db_table': 'localoffer_coveragepage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='EventIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('introduction', models.TextField(blank=True)),
                    ],
                    options={
                        'verbose_name': 'events index',
                        'db_table': 'localoffer_eventindexpage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='GlossaryPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('introduction', models.TextField(blank=True)),
                    ],
                    options={
                        'db_table': 'localoffer_glossarypage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='HomePage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('introduction', models.TextField(blank=True, help_text='A sentence or two under the heading, in plain English.')),
                        ('top_tasks', wagtail.fields.StreamField([('task', 4)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the family wants to do.', 'max_length': 80}), 1: ('wagtail.blocks.PageChooserBlock', (), {'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': 'Instead of a page: a search such as /services/?need=ASD, or a web address starting https://.', 'max_length': 300, 'required': False}), 3: ('wagtail.blocks.CharBlock', (), {'max_length': 200, 'required': False}), 4: ('wagtail.blocks.StructBlock', [[('text', 0), ('page', 1), ('link', 2), ('description', 3)]], {})}, help_text='The journeys families need most, shown under the search box.', verbose_name='most needed')),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('callout', 6), ('accordion', 11), ('contacts', 19), ('step_by_step', 24)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Level 2 heading'), ('h3', 'Level 3 heading')]}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('heading_level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'ol', 'ul', 'link', 'document-link'], 'template': 'components/blocks/paragraph.html'}), 4: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('inset', 'Inset: useful to know'), ('warning', 'Warning: important')]}), 5: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'link']}), 6: ('wagtail.blocks.StructBlock', [[('style', 4), ('text', 5)]], {}), 7: ('wagtail.blocks.CharBlock', (), {'max_length': 200, 'required': False}), 8: ('wagtail.blocks.RichTextBlock', (), {'features': ['h3', 'bold', 'ol', 'ul', 'link']}), 9: ('wagtail.blocks.StructBlock', [[('heading', 0), ('summary', 7), ('content', 8)]], {}), 10: ('wagtail.blocks.ListBlock', (9,), {'min_num': 1}), 11: ('wagtail.blocks.StructBlock', [[('heading_level', 1), ('sections', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'default': 'Who to contact', 'max_length': 120}), 13: ('wagtail.blocks.TextBlock', (), {'required': False}), 14: ('wagtail.blocks.CharBlock', (), {'max_length': 40, 'required': False}), 15: ('wagtail.blocks.EmailBlock', (), {'required': False}), 16: ('wagtail.blocks.URLBlock', (), {'required': False}), 17: ('wagtail.blocks.StructBlock', [[('name', 0), ('description', 13), ('phone', 14), ('email', 15), ('website', 16)]], {}), 18: ('wagtail.blocks.ListBlock', (17,), {'min_num': 1}), 19: ('wagtail.blocks.StructBlock', [[('heading', 12), ('heading_level', 1), ('cards', 18)]], {}), 20: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('and', 'And: done alongside the step before'), ('or', 'Or: instead of it')], 'help_text': 'Leave empty for a new numbered step.', 'required': False}), 21: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'ul', 'ol', 'link'], 'help_text': 'What to do, with links to the pages and services that help.'}), 22: ('wagtail.blocks.StructBlock', [[('title', 0), ('logic', 20), ('content', 21)]], {}), 23: ('wagtail.blocks.ListBlock', (22,), {'min_num': 2}), 24: ('wagtail.blocks.StructBlock', [[('heading', 0), ('heading_level', 1), ('steps', 23)]], {})})),
                    ],
                    options={
                        'db_table': 'localoffer_homepage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='InformationPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('summary', models.CharField(blank=True, help_text='Shown under the title and in lists of pages.', max_length=300)),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('callout', 6), ('accordion', 11), ('contacts', 19), ('step_by_step', 24)], block_lookup={0: ('wagtail.blocks.CharBlock', (), {'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Level 2 heading'), ('h3', 'Level 3 heading')]}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('heading_level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'ol', 'ul', 'link', 'document-link'], 'template': 'components/blocks/paragraph.html'}), 4: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('inset', 'Inset: useful to know'), ('warning', 'Warning: important')]}), 5: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'link']}), 6: ('wagtail.blocks.StructBlock', [[('style', 4), ('text', 5)]], {}), 7: ('wagtail.blocks.CharBlock', (), {'max_length': 200, 'required': False}), 8: ('wagtail.blocks.RichTextBlock', (), {'features': ['h3', 'bold', 'ol', 'ul', 'link']}), 9: ('wagtail.blocks.StructBlock', [[('heading', 0), ('summary', 7), ('content', 8)]], {}), 10: ('wagtail.blocks.ListBlock', (9,), {'min_num': 1}), 11: ('wagtail.blocks.StructBlock', [[('heading_level', 1), ('sections', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'default': 'Who to contact', 'max_length': 120}), 13: ('wagtail.blocks.TextBlock', (), {'required': False}), 14: ('wagtail.blocks.CharBlock', (), {'max_length': 40, 'required': False}), 15: ('wagtail.blocks.EmailBlock', (), {'required': False}), 16: ('wagtail.blocks.URLBlock', (), {'required': False}), 17: ('wagtail.blocks.StructBlock', [[('name', 0), ('description', 13), ('phone', 14), ('email', 15), ('website', 16)]], {}), 18: ('wagtail.blocks.ListBlock', (17,), {'min_num': 1}), 19: ('wagtail.blocks.StructBlock', [[('heading', 12), ('heading_level', 1), ('cards', 18)]], {}), 20: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('and', 'And: done alongside the step before'), ('or', 'Or: instead of it')], 'help_text': 'Leave empty for a new numbered step.', 'required': False}), 21: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'ul', 'ol', 'link'], 'help_text': 'What to do, with links to the pages and services that help.'}), 22: ('wagtail.blocks.StructBlock', [[('title', 0), ('logic', 20), ('content', 21)]], {}), 23: ('wagtail.blocks.ListBlock', (22,), {'min_num': 2}), 24: ('wagtail.blocks.StructBlock', [[('heading', 0), ('heading_level', 1), ('steps', 23)]], {})})),
                    ],
                    options={
                        'db_table': 'localoffer_informationpage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='LocalOfferRequirement',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.SlugField(editable=False, max_length=60, unique=True)),
                        ('title', models.CharField(max_length=300)),
                        ('source', models.CharField(help_text='Where the requirement comes from.', max_length=200)),
                        ('sort_order', models.PositiveSmallIntegerField(default=0, editable=False)),
                    ],
                    options={
                        'verbose_name': 'Local Offer requirement',
                        'db_table': 'localoffer_localofferrequirement',
                        'ordering': ['sort_order', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='NewsIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('introduction', models.TextField(blank=True)),
                    ],
                    options={
                        'verbose_name': 'news index',
                        'db_table': 'localoffer_newsindexpage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='NewsPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('date', models.DateField(default=django.utils.timezone.localdate, help_text='Shown on the page; news is listed by it.')),
                        ('topic', models.CharField(choices=[('education', 'Education'), ('health', 'Health'), ('social-care', 'Social care'), ('money-and-travel', 'Money and travel'), ('leisure', 'Leisure and activities'), ('preparing-for-adulthood', 'Preparing for adulthood'), ('have-your-say', 'Have your say')], max_length=30)),
                        ('summary', models.CharField(help_text='Shown in lists, feeds and on the home page.', max_length=300)),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('callout', 6), ('accordion', 11), ('contacts', 19), ('step_by_step', 24)], block_lookup={0: ('wagtail.blocks.CharBlock', (), {'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Level 2 heading'), ('h3', 'Level 3 heading')]}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('heading_level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'ol', 'ul', 'link', 'document-link'], 'template': 'components/blocks/paragraph.html'}), 4: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('inset', 'Inset: useful to know'), ('warning', 'Warning: important')]}), 5: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'link']}), 6: ('wagtail.blocks.StructBlock', [[('style', 4), ('text', 5)]], {}), 7: ('wagtail.blocks.CharBlock', (), {'max_length': 200, 'required': False}), 8: ('wagtail.blocks.RichTextBlock', (), {'features': ['h3', 'bold', 'ol', 'ul', 'link']}), 9: ('wagtail.blocks.StructBlock', [[('heading', 0), ('summary', 7), ('content', 8)]], {}), 10: ('wagtail.blocks.ListBlock', (9,), {'min_num': 1}), 11: ('wagtail.blocks.StructBlock', [[('heading_level', 1), ('sections', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'default': 'Who to contact', 'max_length': 120}), 13: ('wagtail.blocks.TextBlock', (), {'required': False}), 14: ('wagtail.blocks.CharBlock', (), {'max_length': 40, 'required': False}), 15: ('wagtail.blocks.EmailBlock', (), {'required': False}), 16: ('wagtail.blocks.URLBlock', (), {'required': False}), 17: ('wagtail.blocks.StructBlock', [[('name', 0), ('description', 13), ('phone', 14), ('email', 15), ('website', 16)]], {}), 18: ('wagtail.blocks.ListBlock', (17,), {'min_num': 1}), 19: ('wagtail.blocks.StructBlock', [[('heading', 12), ('heading_level', 1), ('cards', 18)]], {}), 20: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('and', 'And: done alongside the step before'), ('or', 'Or: instead of it')], 'help_text': 'Leave empty for a new numbered step.', 'required': False}), 21: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'ul', 'ol', 'link'], 'help_text': 'What to do, with links to the pages and services that help.'}), 22: ('wagtail.blocks.StructBlock', [[('title', 0), ('logic', 20), ('content', 21)]], {}), 23: ('wagtail.blocks.ListBlock', (22,), {'min_num': 2}), 24: ('wagtail.blocks.StructBlock', [[('heading', 0), ('heading_level', 1), ('steps', 23)]], {})})),
                    ],
                    options={
                        'verbose_name': 'news',
                        'verbose_name_plural': 'news',
                        'db_table': 'localoffer_newspage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='SectionPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('introduction', models.TextField(blank=True, help_text='A sentence or two under the heading, in plain English.')),
                        ('kind', models.CharField(choices=[('life-stage', 'A stage of life'), ('topic', 'A topic'), ('other', 'Neither')], default='other', help_text='Where the section is listed on the home page and the advice page.', max_length=20)),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('callout', 6), ('accordion', 11), ('contacts', 19), ('step_by_step', 24)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Level 2 heading'), ('h3', 'Level 3 heading')]}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('heading_level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'ol', 'ul', 'link', 'document-link'], 'template': 'components/blocks/paragraph.html'}), 4: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('inset', 'Inset: useful to know'), ('warning', 'Warning: important')]}), 5: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'link']}), 6: ('wagtail.blocks.StructBlock', [[('style', 4), ('text', 5)]], {}), 7: ('wagtail.blocks.CharBlock', (), {'max_length': 200, 'required': False}), 8: ('wagtail.blocks.RichTextBlock', (), {'features': ['h3', 'bold', 'ol', 'ul', 'link']}), 9: ('wagtail.blocks.StructBlock', [[('heading', 0), ('summary', 7), ('content', 8)]], {}), 10: ('wagtail.blocks.ListBlock', (9,), {'min_num': 1}), 11: ('wagtail.blocks.StructBlock', [[('heading_level', 1), ('sections', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'default': 'Who to contact', 'max_length': 120}), 13: ('wagtail.blocks.TextBlock', (), {'required': False}), 14: ('wagtail.blocks.CharBlock', (), {'max_length': 40, 'required': False}), 15: ('wagtail.blocks.EmailBlock', (), {'required': False}), 16: ('wagtail.blocks.URLBlock', (), {'required': False}), 17: ('wagtail.blocks.StructBlock', [[('name', 0), ('description', 13), ('phone', 14), ('email', 15), ('website', 16)]], {}), 18: ('wagtail.blocks.ListBlock', (17,), {'min_num': 1}), 19: ('wagtail.blocks.StructBlock', [[('heading', 12), ('heading_level', 1), ('cards', 18)]], {}), 20: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('and', 'And: done alongside the step before'), ('or', 'Or: instead of it')], 'help_text': 'Leave empty for a new numbered step.', 'required': False}), 21: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'ul', 'ol', 'link'], 'help_text': 'What to do, with links to the pages and services that help.'}), 22: ('wagtail.blocks.StructBlock', [[('title', 0), ('logic', 20), ('content', 21)]], {}), 23: ('wagtail.blocks.ListBlock', (22,), {'min_num': 2}), 24: ('wagtail.blocks.StructBlock', [[('heading', 0), ('heading_level', 1), ('steps', 23)]], {})}, help_text='Shown above the list of pages, if at all.')),
                    ],
                    options={
                        'verbose_name': 'section',
                        'db_table': 'localoffer_sectionpage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='EasyReadPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('summary', models.CharField(blank=True, help_text='Shown under the title and in lists of pages.', max_length=300)),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('callout', 6), ('accordion', 11), ('contacts', 19), ('step_by_step', 24)], block_lookup={0: ('wagtail.blocks.CharBlock', (), {'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Level 2 heading'), ('h3', 'Level 3 heading')]}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('heading_level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'ol', 'ul', 'link', 'document-link'], 'template': 'components/blocks/paragraph.html'}), 4: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('inset', 'Inset: useful to know'), ('warning', 'Warning: important')]}), 5: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'link']}), 6: ('wagtail.blocks.StructBlock', [[('style', 4), ('text', 5)]], {}), 7: ('wagtail.blocks.CharBlock', (), {'max_length': 200, 'required': False}), 8: ('wagtail.blocks.RichTextBlock', (), {'features': ['h3', 'bold', 'ol', 'ul', 'link']}), 9: ('wagtail.blocks.StructBlock', [[('heading', 0), ('summary', 7), ('content', 8)]], {}), 10: ('wagtail.blocks.ListBlock', (9,), {'min_num': 1}), 11: ('wagtail.blocks.StructBlock', [[('heading_level', 1), ('sections', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'default': 'Who to contact', 'max_length': 120}), 13: ('wagtail.blocks.TextBlock', (), {'required': False}), 14: ('wagtail.blocks.CharBlock', (), {'max_length': 40, 'required': False}), 15: ('wagtail.blocks.EmailBlock', (), {'required': False}), 16: ('wagtail.blocks.URLBlock', (), {'required': False}), 17: ('wagtail.blocks.StructBlock', [[('name', 0), ('description', 13), ('phone', 14), ('email', 15), ('website', 16)]], {}), 18: ('wagtail.blocks.ListBlock', (17,), {'min_num': 1}), 19: ('wagtail.blocks.StructBlock', [[('heading', 12), ('heading_level', 1), ('cards', 18)]], {}), 20: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('and', 'And: done alongside the step before'), ('or', 'Or: instead of it')], 'help_text': 'Leave empty for a new numbered step.', 'required': False}), 21: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'ul', 'ol', 'link'], 'help_text': 'What to do, with links to the pages and services that help.'}), 22: ('wagtail.blocks.StructBlock', [[('title', 0), ('logic', 20), ('content', 21)]], {}), 23: ('wagtail.blocks.ListBlock', (22,), {'min_num': 2}), 24: ('wagtail.blocks.StructBlock', [[('heading', 0), ('heading_level', 1), ('steps', 23)]], {})})),
                        ('original_page', models.OneToOneField(help_text='The page this explains more simply. It links here, and this links back.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='easy read version of')),
                    ],
                    options={
                        'verbose_name': 'easy read page',
                        'db_table': 'localoffer_easyreadpage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='EventPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('starts_at', models.DateTimeField(verbose_name='starts')),
                        ('ends_at', models.DateTimeField(verbose_name='ends')),
                        ('venue', models.TextField(blank=True, help_text="The place's name and address, one part to a line.")),
                        ('online', models.BooleanField(default=False, help_text='People can join online (say how in the description).')),
                        ('cost', models.CharField(default='Free', max_length=100)),
                        ('booking_url', models.URLField(blank=True, help_text='Leave empty if people can just turn up.', verbose_name='booking link')),
                        ('min_age', models.PositiveSmallIntegerField(default=0, validators=[django.core.validators.MaxValueValidator(25)], verbose_name='youngest age')),
                        ('max_age', models.PositiveSmallIntegerField(default=25, validators=[django.core.validators.MaxValueValidator(25)], verbose_name='oldest age')),
                        ('topic', models.CharField(choices=[('education', 'Education'), ('health', 'Health'), ('social-care', 'Social care'), ('money-and-travel', 'Money and travel'), ('leisure', 'Leisure and activities'), ('preparing-for-adulthood', 'Preparing for adulthood'), ('have-your-say', 'Have your say')], max_length=30)),
                        ('summary', models.CharField(help_text='Shown in lists and feeds.', max_length=300)),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('callout', 6), ('accordion', 11), ('contacts', 19), ('step_by_step', 24)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Level 2 heading'), ('h3', 'Level 3 heading')]}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('heading_level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'ol', 'ul', 'link', 'document-link'], 'template': 'components/blocks/paragraph.html'}), 4: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('inset', 'Inset: useful to know'), ('warning', 'Warning: important')]}), 5: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'link']}), 6: ('wagtail.blocks.StructBlock', [[('style', 4), ('text', 5)]], {}), 7: ('wagtail.blocks.CharBlock', (), {'max_length': 200, 'required': False}), 8: ('wagtail.blocks.RichTextBlock', (), {'features': ['h3', 'bold', 'ol', 'ul', 'link']}), 9: ('wagtail.blocks.StructBlock', [[('heading', 0), ('summary', 7), ('content', 8)]], {}), 10: ('wagtail.blocks.ListBlock', (9,), {'min_num': 1}), 11: ('wagtail.blocks.StructBlock', [[('heading_level', 1), ('sections', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'default': 'Who to contact', 'max_length': 120}), 13: ('wagtail.blocks.TextBlock', (), {'required': False}), 14: ('wagtail.blocks.CharBlock', (), {'max_length': 40, 'required': False}), 15: ('wagtail.blocks.EmailBlock', (), {'required': False}), 16: ('wagtail.blocks.URLBlock', (), {'required': False}), 17: ('wagtail.blocks.StructBlock', [[('name', 0), ('description', 13), ('phone', 14), ('email', 15), ('website', 16)]], {}), 18: ('wagtail.blocks.ListBlock', (17,), {'min_num': 1}), 19: ('wagtail.blocks.StructBlock', [[('heading', 12), ('heading_level', 1), ('cards', 18)]], {}), 20: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('and', 'And: done alongside the step before'), ('or', 'Or: instead of it')], 'help_text': 'Leave empty for a new numbered step.', 'required': False}), 21: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'ul', 'ol', 'link'], 'help_text': 'What to do, with links to the pages and services that help.'}), 22: ('wagtail.blocks.StructBlock', [[('title', 0), ('logic', 20), ('content', 21)]], {}), 23: ('wagtail.blocks.ListBlock', (22,), {'min_num': 2}), 24: ('wagtail.blocks.StructBlock', [[('heading', 0), ('heading_level', 1), ('steps', 23)]], {})})),
                        ('needs', modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Leave empty when the event is for every need.', related_name='+', to='directory.needtype')),
                    ],
                    options={
                        'verbose_name': 'event',
                        'db_table': 'localoffer_eventpage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='SiteSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('area_name', models.CharField(default='Local', help_text="The local area, as in 'Northby Local Offer'.", max_length=100)),
                        ('phase', models.CharField(blank=True, default='Beta', help_text='Shown in the phase banner.', max_length=20)),
                        ('demo_notice', models.BooleanField(default=False, help_text='Say on every page that the listings are demonstration data.')),
                        ('contact_name', models.CharField(default='SEND Information, Advice and Support Service', help_text='Who families should contact when they cannot find what they need.', max_length=120)),
                        ('contact_phone', models.CharField(blank=True, max_length=40)),
                        ('contact_email', models.EmailField(blank=True, max_length=254)),
                        ('contact_url', models.URLField(blank=True)),
                        ('accessibility_page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('advice_page', models.ForeignKey(blank=True, help_text="'Advice and guidance' in the navigation at the top of every page.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('contact_page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('glossary_page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('news_page', models.ForeignKey(blank=True, help_text="'News and events' in the navigation at the top of every page.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('privacy_page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                    ],
                    options={
                        'verbose_name': 'site settings',
                        'db_table': 'localoffer_sitesettings',
                    },
                ),
                migrations.CreateModel(
                    name='RequirementLink',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('address', models.CharField(blank=True, help_text='Instead of a page: a part of this site that is not a page, such as /you-said-we-did/.', max_length=200)),
                        ('address_text', models.CharField(blank=True, help_text='What a link to the address says.', max_length=100)),
                        ('extent', models.CharField(choices=[('full', 'Meets it'), ('part', 'Meets part of it')], default='full', max_length=10)),
                        ('page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('requirement', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='links', to='pages.localofferrequirement')),
                    ],
                    options={
                        'db_table': 'localoffer_requirementlink',
                        'ordering': ['sort_order'],
                        'abstract': False,
                        'constraints': [models.UniqueConstraint(fields=('requirement', 'page'), name='unique_requirement_page')],
                    },
                ),
                migrations.CreateModel(
                    name='SectionRelatedPage',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('section', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='related_pages', to='pages.sectionpage')),
                    ],
                    options={
                        'db_table': 'localoffer_sectionrelatedpage',
                        'ordering': ['sort_order'],
                        'abstract': False,
                        'constraints': [models.UniqueConstraint(fields=('section', 'page'), name='unique_section_related_page')],
                    },
                ),
            ],
            database_operations=[],
        ),
        # Before post_migrate, which would otherwise make new, empty content types for these
        # models and leave the pages pointing at ones no model answers to.
        migrations.RunPython(relabel_forwards, relabel_backwards),
    ]
