"""Publishing many listings at once, for imports, the demo and the bench.

`add_child`, `save_revision` and `publish` one listing at a time run dozens of queries and
signal handlers for each, a few listings a second. `publish_services` writes what those calls
write, for every listing together: the tree paths, page rows, relations, revisions, history,
reference index and search index, each in a few bulk statements. A test compares its pages
with pages published through Wagtail (tests/directory/test_publishing.py); a change to
Wagtail's page model may need a change here.

`update_services` does the same for listings already saved: a new revision each, published
or left as a draft, as `save_revision` and `publish` would.

What they do not do: send the `page_published` signal (the search indexes are updated in
bulk instead), or start a workflow. A new listing has no comments, aliases or scheduled
publishing to handle; a saved listing in a workflow or with a go-live date in the future is
refused by `update_services` (`left_to_wagtail` finds them) and left to Wagtail's publishing,
which ends the workflow and schedules the revision.
"""

import functools
import importlib
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connections, router, transaction
from django.db.models import DecimalField, F
from django.db.models.expressions import DatabaseDefault
from django.utils import timezone
from django.utils.text import slugify

from modelcluster.models import get_all_child_relations
from wagtail.log_actions import get_active_log_context
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision, WorkflowState
from wagtail.search.backends import get_search_backend
from wagtail.search.index import AutocompleteField, SearchField

from directory.models import (
    DirectoryIndexPage,
    ServiceContact,
    ServiceLocation,
    ServicePage,
    ServiceSchedule,
)
from search.backends.base import SearchUnavailable
from search.catalogue import get_catalogue
from search.engine import get_backend
from search.freshness import data_changed

logger = logging.getLogger(__name__)

CHILD_RELATIONS = (
    (ServiceLocation, "locations"),
    (ServiceContact, "contacts"),
    (ServiceSchedule, "schedules"),
)
RELATIONS = [
    *(relation.get_accessor_name() for relation in get_all_child_relations(ServicePage)),
    *(field.name for field in ServicePage._meta.many_to_many),
]
# Foreign keys the listings share (organisation, locale, content type) are checked once for
# the batch rather than with a query per listing and key, as full_clean() would.
# Where a page is in the tree: updating listings leaves it as it is.
TREE_FIELDS = {"id", "path", "depth", "numchild"}
UNCHECKED_KEYS = [
    field.name
    for field in ServicePage._meta.concrete_fields
    if field.is_relation and field.many_to_one
]


def _insert_rows(model, columns: list[str], rows: list[tuple], *, returning=False) -> list:
    """Rows of values already in the database's form, many to a statement; with
    `returning`, the ids they were given, in order. Django's own bulk_create prepares each
    value through its query compiler, which costs more here than the database does."""
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    into = f"{quote(model._meta.db_table)} ({', '.join(quote(column) for column in columns)})"
    row = f"({', '.join(['%s'] * len(columns))})"
    key = f" RETURNING {quote(model._meta.pk.column)}" if returning else ""
    if connection.vendor == "postgresql":
        return _insert_rows_postgres(connection, f"INSERT INTO {into} VALUES {row}{key}", rows)  # noqa: S608
    size = max(1, min(1000, _most_variables(connection) // len(columns)))
    ids = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            batch = rows[start : start + size]
            values = ", ".join([row] * len(batch))
            cursor.execute(
                f"INSERT INTO {into} VALUES {values}{key}",  # noqa: S608 - the model's names
                [value for values in batch for value in values],
            )
            if returning:
                # Ids grow in the order the rows were given; the order RETURNING gives them
                # in is not promised.
                ids += sorted(found for (found,) in cursor.fetchall())
    return ids


def _insert_rows_postgres(connection, statement: str, rows: list[tuple]) -> list:
    """psycopg parses a long statement's placeholders in Python, each time, but sends one
    statement many times in a pipeline after parsing it once."""
    ids = []
    if not rows:
        return ids
    with connection.cursor() as cursor:
        returning = "RETURNING" in statement
        cursor.cursor.executemany(statement, rows, returning=returning)
        while returning:
            ids.append(cursor.cursor.fetchone()[0])
            if not cursor.cursor.nextset():
                break
    return ids


def _most_variables(connection) -> int:
    """How many values one statement may carry: SQLite's limit as compiled (Django assumes
    the 999 of old versions), and what PostgreSQL's protocol allows."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        return connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return 65535


def _insert_objects(model, objects: list, fields=None, *, returning=False) -> None:
    """Unsaved model instances, as bulk_create writes them; with `returning`, each is given
    its id and counts as saved."""
    using = router.db_for_write(model)
    connection = connections[using]
    fields = fields or [field for field in model._meta.concrete_fields if not field.primary_key]
    ids = _insert_rows(
        model,
        [field.column for field in fields],
        [
            tuple(
                field.get_db_prep_save(field.pre_save(instance, True), connection)
                for field in fields
            )
            for instance in objects
        ],
        returning=returning,
    )
    for instance, pk in zip(objects, ids, strict=True) if returning else ():
        instance.pk = pk
        instance._state.adding = False
        instance._state.db = using


def publish_services(
    *,
    parent: DirectoryIndexPage,
    services: Iterable[ServicePage],
    user=None,
    live: bool = True,
    also_log: tuple[str, dict] | None = None,
) -> list[ServicePage]:
    """Add `services` (new, unsaved ServicePages with their relations held in memory, as a
    page form leaves them) as the last children of `parent`, and publish them, as
    `parent.add_child(instance=page)` then `page.save_revision(user=user).publish(user=user)`
    would for each. With `live=False` they are saved as drafts instead, as without the
    `publish()`.

    Every listing is checked first (`ValidationError` names the listing and field), and
    nothing is written unless all are valid. A listing without a slug gets one from its
    title, made unique among its siblings. `first_published_at` and `last_published_at`, when
    set, are kept (the demo's listings were published in the past); otherwise they are now.
    `also_log` is an extra (action, data) entry for each listing's history, recorded against
    its revision, such as where it was imported from.

    Runs in one transaction; returns the listings, saved."""
    services = list(services)
    if not services:
        return []
    now = timezone.now()
    with transaction.atomic():
        # Locks the parent's row, so that two batches cannot take the same tree paths.
        parent = DirectoryIndexPage.objects.select_for_update().get(pk=parent.pk)
        _place(parent, services, live=live, now=now, user=user)
        _check(parent, services)
        _insert_pages(parent, services)
        _insert_relations(services)
        revisions = _insert_revisions(services, user=user, now=now)
        _insert_history(services, revisions, user=user, live=live, now=now, also_log=also_log)
        _insert_references(services)
        _index(services, live=live)
    return services


def update_services(
    *,
    services: Iterable[ServicePage],
    user=None,
    live: bool = True,
    also_log: tuple[str, dict] | None = None,
) -> list[ServicePage]:
    """Save a new revision of each of `services` (saved listings, changed in memory as an edit
    form leaves them, for example from `get_latest_revision_as_object()`) and publish it, as
    `page.save_revision(user=user).publish(user=user)` would for each; with `live=False` the
    revision is left as a draft, as without the `publish()`. `also_log` is an extra entry
    for each listing's history, recorded against its new revision.

    Listings that Wagtail's own publishing has more to do for (a workflow in progress, a
    go-live date in the future) are refused with ValueError: publish those one by one.
    Checked and written as `publish_services` does: `InvalidListings` names the listings
    that cannot be saved, and nothing is written unless all are valid."""
    services = list(services)
    if not services:
        return []
    now = timezone.now()
    with transaction.atomic():
        stored = {
            page.pk: page
            for page in Page.objects.select_for_update()
            .filter(pk__in=[service.pk for service in services])
            .only("title", "path", "depth", "numchild", "first_published_at")
        }
        busy = left_to_wagtail(services)
        for service in services:
            if service.pk not in stored:
                raise ValueError(f"{service.title!r} is not saved: publish_services adds listings.")
            if service.pk in busy:
                raise ValueError(f"{service.title!r} needs publishing through Wagtail.")
            page = stored[service.pk]
            # The tree is the stored page's, whatever the revision remembered.
            service.path, service.depth, service.numchild = page.path, page.depth, page.numchild
            for name in RELATIONS:
                setattr(service, name, list(getattr(service, name).all()))
            for _, relation in CHILD_RELATIONS:
                for child in getattr(service, relation).all():
                    _as_stored(child)
        _check_saved(services)
        # Wagtail serialises a revision before the page's new children are saved, and before
        # it records the revision on the page.
        revisions = _new_revisions(services, user=user, created_at=now)
        renamed = {}
        for service, revision in zip(services, revisions, strict=True):
            service.latest_revision = revision
            service.latest_revision_created_at = now
            service.draft_title = service.title
            if live:
                if stored[service.pk].title != service.title:
                    renamed[service.pk] = stored[service.pk].title
                service.live = True
                service.expired = False
                service.has_unpublished_changes = False
                service.last_published_at = now
                service.first_published_at = stored[service.pk].first_published_at or now
                service.live_revision = revision
                service.review_due = service.next_review_due()
            else:
                service.has_unpublished_changes = True
        if live:
            Revision.objects.filter(
                base_content_type=ContentType.objects.get_for_model(Page),
                object_id__in=[str(service.pk) for service in services],
            ).exclude(approved_go_live_at=None).update(approved_go_live_at=None)
            _update_objects(
                Page,
                services,
                [field for field in Page._meta.concrete_fields if field.name not in TREE_FIELDS],
            )
            _update_objects(ServicePage, services, ServicePage._meta.local_concrete_fields)
            _replace_relations(services)
        else:
            _update_objects(
                Page,
                services,
                [
                    Page._meta.get_field(name)
                    for name in (
                        "draft_title",
                        "has_unpublished_changes",
                        "latest_revision",
                        "latest_revision_created_at",
                    )
                ],
            )
        entries = []
        for service, revision in zip(services, revisions, strict=True):
            if also_log:
                entries.append((service, also_log[0], also_log[1], revision))
            if service.pk in renamed:
                title = {"old": renamed[service.pk], "new": service.title}
                entries.append((service, "wagtail.rename", {"title": title}, revision))
            if live:
                entries.append((service, "wagtail.publish", {}, revision))
        _log(entries, user=user, now=now)
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(service.pk) for service in services],
        ).delete()
        _insert_references(services)
        if live:
            _index(services, live=True)
    return services


def left_to_wagtail(services: Iterable[ServicePage]) -> set[int]:
    """The ids of the saved listings that update_services leaves to Wagtail's own publishing:
    those with a workflow in progress, which publishing would cancel, or a go-live date in
    the future."""
    services = list(services)
    now = timezone.now()
    in_workflow = {
        int(pk)
        for pk in WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .filter(object_id__in=[str(service.pk) for service in services])
        .values_list("object_id", flat=True)
    }
    return in_workflow | {
        service.pk for service in services if service.go_live_at and service.go_live_at > now
    }


def _place(parent: Page, services: list[ServicePage], *, live: bool, now, user) -> None:
    """Tree paths after the parent's last child, URLs, and the fields publishing sets."""
    last = parent.get_last_child()
    step = ServicePage._str2int(last.path[-ServicePage.steplen :]) if last else 0
    depth = parent.depth + 1
    taken = set(parent.get_children().values_list("slug", flat=True))
    for number, service in enumerate(services, start=step + 1):
        if not service._state.adding or service.pk:
            raise ValueError(f"{service.title!r} is already saved: only new listings can be added.")
        # Relations nobody set are empty in memory: left unset, each would be looked for in
        # the database once the listing has an id, for its revision and its references.
        for name in RELATIONS:
            setattr(service, name, list(getattr(service, name).all()))
        service.path = ServicePage._get_path(parent.path, depth, number)
        if len(service.path) != len(parent.path) + ServicePage.steplen:
            raise ValidationError(f"{parent.title!r} cannot hold {number:,} listings.")
        service.depth = depth
        service.numchild = 0
        service.locale_id = parent.locale_id
        service.draft_title = service.title
        service.slug = service.slug or _free_slug(service.title, taken)
        taken.add(service.slug)
        service.set_url_path(parent)
        # As Wagtail's admin does when a page is created.
        if service.owner_id is None and user is not None:
            service.owner = user
        service.live = live
        service.expired = False
        service.has_unpublished_changes = not live
        if live:
            service.first_published_at = service.first_published_at or now
            service.last_published_at = service.last_published_at or now
        else:
            service.first_published_at = service.last_published_at = None
        service.latest_revision_created_at = service.last_published_at or now
        # What ServicePage.save() would set.
        service.review_due = service.next_review_due()
        for _, relation in CHILD_RELATIONS:
            for child in getattr(service, relation).all():
                _as_stored(child)


def _as_stored(instance) -> None:
    """Decimals as the database gives them back, to their field's places: Wagtail saves a
    page's children before it serialises its revision, and so records them so."""
    for field in instance._meta.concrete_fields:
        value = getattr(instance, field.attname)
        if isinstance(field, DecimalField) and isinstance(value, Decimal):
            setattr(
                instance, field.attname, value.quantize(Decimal(1).scaleb(-field.decimal_places))
            )


def _free_slug(title: str, taken: set[str]) -> str:
    base = slugify(title)[:200] or "service"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


class InvalidListings(ValidationError):
    """Listings that cannot be published, by their place in the list given."""

    def __init__(self, problems: dict[int, ValidationError]):
        self.problems = problems
        super().__init__(
            [f"{number}: {'; '.join(error.messages)}" for number, error in problems.items()]
        )


def _check(parent: Page, services: list[ServicePage]) -> None:
    taken = set(
        parent.get_children()
        .filter(slug__in=[service.slug for service in services])
        .values_list("slug", flat=True)
    )
    clashes = {}
    for number, service in enumerate(services):
        if service.slug in taken:
            clashes[number] = parent.url_path
        taken.add(service.slug)
    _validate(services, clashes)


def _check_saved(services: list[ServicePage]) -> None:
    """As _check, for listings already in the tree: a slug clashes with another page's."""
    steplen = ServicePage.steplen
    others = defaultdict(set)
    for path, slug, pk in Page.objects.filter(
        slug__in={service.slug for service in services},
        depth__in={service.depth for service in services},
    ).values_list("path", "slug", "pk"):
        others[path[:-steplen], slug].add(pk)
    clashes = {
        number: service.url_path.rstrip("/").rsplit("/", 1)[0] + "/"
        for number, service in enumerate(services)
        if others[service.path[:-steplen], service.slug] - {service.pk}
    }
    _validate(services, clashes)


def _validate(services: list[ServicePage], clashes: dict[int, str]) -> None:
    """Every listing checked as full_clean() would, with the slugs and foreign keys checked
    for the batch; `clashes` gives the parent's path for each listing whose slug is taken."""
    problems = {}
    keys = _missing_keys(services)
    known = {}
    for number, service in enumerate(services):
        try:
            if number in clashes:
                raise ValidationError(
                    {"slug": f"{service.slug!r} is already in use within {clashes[number]}."}
                )
            # Page.clean() would ask the database about each listing's slug, checked for
            # the batch above, and look for its parent, not saved at the path it has yet.
            service._check_slug_is_unique = _checked_already
            service.clean_fields = functools.partial(_clean_fields, service, known)
            try:
                service.full_clean(
                    # The listing's own row: locked when saved, written here when new.
                    exclude=[*UNCHECKED_KEYS, "page_ptr"],
                    validate_unique=False,
                    validate_constraints=False,
                )
            finally:
                del service._check_slug_is_unique, service.clean_fields
            errors = {
                name: ["refers to something that does not exist."]
                for name in UNCHECKED_KEYS
                if getattr(service, f"{name}_id") in keys.get(name, ())
            }
            for _, relation in CHILD_RELATIONS:
                for child in getattr(service, relation).all():
                    child.clean_fields = functools.partial(_clean_fields, child, known)
                    try:
                        child.full_clean(exclude=["service", "area"], validate_unique=False)
                    finally:
                        del child.clean_fields
            if errors:
                raise ValidationError(errors)
        except ValidationError as error:
            problems[number] = error
    if problems:
        raise InvalidListings(problems)


def _clean_fields(instance, known: dict, exclude=None) -> None:
    """Model.clean_fields(), remembering each field's cleaned value for the batch. The fields
    it checks (foreign keys are checked for the batch) clean a value alike whatever the
    listing, and listings share many values: choices, ages, an organisation's details."""
    errors = {}
    for field in instance._meta.fields:
        if field.name in (exclude or ()) or field.generated:
            continue
        raw = getattr(instance, field.attname)
        if (field.blank and raw in field.empty_values) or isinstance(raw, DatabaseDefault):
            continue
        # The type too: True and 1 are equal as keys.
        key = (field, type(raw), raw)
        try:
            cleaned = known[key]
        except TypeError:  # a value that cannot be a key
            key = None
        except KeyError:
            pass
        else:
            setattr(instance, field.attname, cleaned)
            continue
        try:
            cleaned = field.clean(raw, instance)
        except ValidationError as error:
            errors[field.name] = error.error_list
            continue
        if key is not None:
            known[key] = cleaned
        setattr(instance, field.attname, cleaned)
    if errors:
        raise ValidationError(errors)


def _checked_already() -> None:
    return None


def _missing_keys(services: list[ServicePage]) -> dict[str, set]:
    """For each foreign key, the values no row has (None when the key may not be empty)."""
    missing = {}
    for name in UNCHECKED_KEYS:
        field = ServicePage._meta.get_field(name)
        wanted = {getattr(service, field.attname) for service in services}
        found = set(
            field.related_model._base_manager.filter(pk__in=wanted - {None}).values_list(
                "pk", flat=True
            )
        )
        missing[name] = wanted - found - ({None} if field.null else set())
    return missing


def _insert_pages(parent: Page, services: list[ServicePage]) -> None:
    using = router.db_for_write(Page)
    connection = connections[using]
    fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    ids = _insert_rows(
        Page,
        [field.column for field in fields],
        [
            tuple(
                field.get_db_prep_save(field.pre_save(service, True), connection)
                for field in fields
            )
            for service in services
        ],
        returning=True,
    )
    for service, pk in zip(services, ids, strict=True):
        service.id = service.page_ptr_id = pk
    # Django's bulk_create refuses a model with a parent table, and Model.save() would send
    # the per-row save signals, which would each reindex the listing.
    _insert_objects(ServicePage, services, fields=ServicePage._meta.local_concrete_fields)
    for service in services:
        service._state.adding = False
        service._state.db = using
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(services))


def _insert_relations(services: list[ServicePage], *, children: bool = True) -> None:
    for field in ServicePage._meta.many_to_many:
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        _insert_rows(
            through,
            [through._meta.get_field(source).column, through._meta.get_field(target).column],
            [
                (service.pk, term.pk)
                for service in services
                for term in getattr(service, field.name).all()
            ],
        )
    for model, relation in CHILD_RELATIONS if children else ():
        new = []
        for service in services:
            for child in getattr(service, relation).all():
                child.service_id = service.pk
                new.append(child)
        _insert_objects(model, new, returning=True)


def _new_revisions(services: list[ServicePage], *, user, created_at=None) -> list[Revision]:
    service_type = ContentType.objects.get_for_model(ServicePage)
    page_type = ContentType.objects.get_for_model(Page)
    revisions = [
        Revision(
            content_type=service_type,
            base_content_type=page_type,
            object_id=str(service.pk),
            user=user,
            created_at=created_at or service.latest_revision_created_at,
            content=service.serializable_data(),
            object_str=str(service),
        )
        for service in services
    ]
    _insert_objects(Revision, revisions, returning=True)
    return revisions


def _insert_revisions(services: list[ServicePage], *, user, now) -> list[Revision]:
    revisions = _new_revisions(services, user=user)
    for service, revision in zip(services, revisions, strict=True):
        service.latest_revision = revision
        service.live_revision = revision if service.live else None
    _update_objects(
        Page,
        services,
        [Page._meta.get_field("latest_revision"), Page._meta.get_field("live_revision")],
    )
    return revisions


def _update_objects(model, objects: list, fields) -> None:
    """Each object's row set to its values of `fields`, one statement run for them all."""
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(field.column)} = %s" for field in fields)
    table, key = quote(model._meta.db_table), quote(model._meta.pk.column)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET {assignments} WHERE {key} = %s",  # noqa: S608 - model's names
            [
                (
                    *(
                        field.get_db_prep_save(getattr(instance, field.attname), connection)
                        for field in fields
                    ),
                    instance.pk,
                )
                for instance in objects
            ],
        )


def _insert_history(
    services: list[ServicePage],
    revisions: list[Revision],
    *,
    user,
    live: bool,
    now,
    also_log: tuple[str, dict] | None,
) -> None:
    """The entries Wagtail writes: "wagtail.create" when a page is added, then any extra
    entry, then "wagtail.publish" against the revision made live."""
    entries = []
    for service, revision in zip(services, revisions, strict=True):
        entries.append((service, "wagtail.create", {}, None))
        if also_log:
            entries.append((service, *also_log, revision))
        if live:
            entries.append((service, "wagtail.publish", {}, revision))
    _log(entries, user=user, now=now)


def _log(entries: list[tuple[ServicePage, str, dict, Revision | None]], *, user, now) -> None:
    """(listing, action, data, revision) entries in the listings' history, as Wagtail's
    log() records them: a listing's creation is by its owner when no one is named."""
    service_type = ContentType.objects.get_for_model(ServicePage, for_concrete_model=False)
    context = get_active_log_context()
    user = user or context.user
    _insert_objects(
        PageLogEntry,
        [
            PageLogEntry(
                content_type=service_type,
                page_id=service.pk,
                label=service.get_admin_display_title(),
                action=action,
                data=data,
                timestamp=now,
                user=user or service.owner if action == "wagtail.create" else user,
                uuid=context.uuid,
                revision=revision,
                # Wagtail's rename entry leaves it False.
                content_changed=action != "wagtail.rename",
            )
            for service, action, data, revision in entries
        ],
    )


def _replace_relations(services: list[ServicePage]) -> None:
    """Saved listings' relations made what they hold in memory, as saving a page does:
    children kept (and so their ids) are updated, others added or deleted; the many-to-many
    rows are written again."""
    ids = [service.pk for service in services]
    for field in ServicePage._meta.many_to_many:
        through = field.remote_field.through
        # Nothing refers to these rows, and the search indexes are updated for the batch.
        rows = through.objects.filter(**{f"{field.m2m_field_name()}_id__in": ids})
        rows._raw_delete(rows.db)
    _insert_relations(services, children=False)
    for model, relation in CHILD_RELATIONS:
        children = [child for service in services for child in getattr(service, relation).all()]
        for service in services:
            for child in getattr(service, relation).all():
                child.service = service
        kept = [child for child in children if child.pk]
        model.objects.filter(service_id__in=ids).exclude(
            pk__in=[child.pk for child in kept]
        ).delete()
        _update_objects(model, kept, [f for f in model._meta.concrete_fields if not f.primary_key])
        _insert_objects(model, [child for child in children if not child.pk], returning=True)


def _insert_references(services: list[ServicePage]) -> None:
    """What ReferenceIndex.create_or_update_for_object() records for a new page, for every
    listing in one insert."""
    content_type = ContentType.objects.get_for_model(ServicePage, for_concrete_model=False)
    base_type = ContentType.objects.get_for_model(Page)
    _insert_objects(
        ReferenceIndex,
        [
            ReferenceIndex(
                content_type=content_type,
                base_content_type=base_type,
                object_id=service.pk,
                to_content_type_id=to_type,
                to_object_id=to_id,
                model_path=model_path,
                content_path=content_path,
                content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
            )
            for service in services
            for to_type, to_id, model_path, content_path in set(
                ReferenceIndex._extract_references_from_object(service)
            )
        ],
    )


# Wagtail's database search backends, by their index class: the indexer each uses, and the
# index columns it fills.
DATABASE_INDEXES = {
    "modelsearch.backends.database.sqlite.sqlite.SQLiteIndex": (
        "modelsearch.backends.database.sqlite.sqlite",
        ("title", "autocomplete", "body"),
    ),
    "modelsearch.backends.database.postgres.postgres.PostgresIndex": (
        "modelsearch.backends.database.postgres.postgres",
        ("title", "autocomplete", "body", "title_text", "body_text"),
    ),
}


class _PreparedOnce:
    """An index's object indexer that prepares each search field of its object once. The
    database backends' indexers prepare every field again for each column they fill (three on
    SQLite, five on PostgreSQL), and the listings' rich text and search text are most of the
    cost of indexing."""

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.prepared = {}

    def prepare_field(self, obj, field):
        if obj is not self.obj:
            return super().prepare_field(obj, field)
        if id(field) not in self.prepared:
            self.prepared[id(field)] = list(super().prepare_field(obj, field))
        return self.prepared[id(field)]


@functools.cache
def _indexer(module: str) -> type:
    base = importlib.import_module(module).ObjectIndexer
    return type("ListingIndexer", (_PreparedOnce, base), {})


def _index_in_wagtail(services: list[ServicePage]) -> None:
    """Add the listings to Wagtail's index: the rows its database backend's add_items writes
    (a test compares them), with each listing's fields prepared once, in a few statements.
    Another backend is given the listings as they are."""
    backend = get_search_backend()
    index = backend.get_index_for_model(ServicePage)
    known = DATABASE_INDEXES.get(f"{type(index).__module__}.{type(index).__qualname__}")
    if known is None:
        backend.add_bulk(ServicePage, services)
        return
    module, columns = known
    indexer = _indexer(module)
    content_type = ContentType.objects.get_for_model(ServicePage)
    entries = index.entries.model
    if "text" in " ".join(columns):
        _write_postgres_entries(
            entries, [indexer(service, backend) for service in services], content_type.pk
        )
        index._refresh_title_norms()
        return
    rows = []
    for service in services:
        prepared = indexer(service, backend)
        rows.append(
            entries(
                content_type=content_type,
                object_id=prepared.id,
                title_norm=1.0,
                **{column: getattr(prepared, column) for column in columns},
            )
        )
    # As add_items does: a listing indexed already has its entry replaced.
    entries._default_manager.bulk_create(
        rows,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["content_type", "object_id"],
        update_fields=[*columns, "title_norm"],
    )
    index._refresh_title_norms()


def _write_postgres_entries(entries, indexers: list, content_type_id: int) -> None:
    """The rows PostgreSQL's add_items writes, with the SQL for each vector written here:
    building it as Django expressions, a field object for every text, and compiling them
    cost more than PostgreSQL's own work on the text."""
    rows = []
    for indexer in indexers:
        prepared = [
            (field, weight, value)
            for search_field in indexer.search_fields
            for field, weight, value in indexer.prepare_field(indexer.obj, search_field)
        ]
        title, body, autocomplete = [], [], []
        for field, weight, value in prepared:
            if isinstance(field, AutocompleteField):
                autocomplete.append((value, weight))
            elif isinstance(field, SearchField):
                (title if field.field_name == "title" else body).append((value, weight))
        vectors, params = [], [content_type_id, indexer.id]
        for texts, config in (
            (title, indexer.config),
            (autocomplete, indexer.autocomplete_config),
            (body, indexer.config),
        ):
            sql, vector_params = _vector(texts, config)
            vectors.append(sql)
            params += vector_params
        # The plain text columns for fuzzy matching.
        params += [
            " ".join(text.strip() for text, _ in texts if text.strip()) for texts in (title, body)
        ]
        rows.append((f"(%s, %s, {', '.join(vectors)}, 1.0, %s, %s)", params))
    connection = connections[router.db_for_write(entries)]
    table = connection.ops.quote_name(entries._meta.db_table)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 200):
            batch = rows[start : start + 200]
            values = ", ".join(sql for sql, _ in batch)
            cursor.execute(
                f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, "  # noqa: S608
                f"title_norm, title_text, body_text) VALUES {values} "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET "
                "title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, "
                "body = EXCLUDED.body, title_text = EXCLUDED.title_text, "
                "body_text = EXCLUDED.body_text",
                [value for _, params in batch for value in params],
            )


def _vector(texts: list[tuple[str, str]], config) -> tuple[str, list]:
    """A tsvector of weighted texts, as the PostgreSQL indexer's as_vector() builds it."""
    texts = [(text.strip(), weight) for text, weight in texts if text.strip()]
    if not texts:
        return "''::tsvector", []
    parts, params = [], []
    for text, weight in texts:
        if config:
            parts.append("setweight(to_tsvector(%s::regconfig, %s), %s)")
            params += [config, text, weight]
        else:
            parts.append("setweight(to_tsvector(%s), %s)")
            params += [text, weight]
    return " || ".join(parts), params


def _index(services: list[ServicePage], *, live: bool) -> None:
    """Wagtail's own index (the admin's search, which finds drafts too, and the database
    search backend's full text), the configured search engine's index of what the public may
    find, and the version that tells every process to rebuild what it holds: once for the
    batch."""
    _index_in_wagtail(services)
    data_changed()
    if not live:
        return
    catalogue = get_catalogue()
    documents = catalogue.documents() if catalogue.documents else catalogue.searchable()
    try:
        get_backend().update(catalogue, documents.filter(pk__in=[s.pk for s in services]))
    except SearchUnavailable:
        # As when one listing is published: the listings are live, and a rebuild puts them
        # in the index.
        logger.exception(
            "Could not add %s published listings to the search index; run "
            "rebuild_search_index when search is back",
            len(services),
        )
