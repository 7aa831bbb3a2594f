"""The listing workflow: where changes to listings go before they are published."""

from wagtail.models import (
    Workflow,
    WorkflowPage,
)

from directory.models import (
    DirectoryIndexPage,
)
from roles.sync import roles_grant_page

LISTING_WORKFLOW = "Listing review"


def listing_workflow_attach(*, directory: DirectoryIndexPage) -> None:
    """Send changes to listings under `directory` through the listing workflow, and give the
    roles their permissions on it (service providers add and edit listings there, narrowed by
    the provider page permission tester to their own organisations).

    The migrations create the workflow; a database emptied since (as between transactional
    tests) has none, and the directory then simply has no workflow."""
    workflow = Workflow.objects.filter(name=LISTING_WORKFLOW).first()
    if workflow:
        WorkflowPage.objects.get_or_create(page=directory, defaults={"workflow": workflow})
    roles_grant_page(page=directory)
