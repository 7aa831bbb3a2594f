"""How a finished workflow publishes."""

from wagtail.workflows import publish_workflow_state


def publish_approved_workflow_state(workflow_state, user=None):
    """Publish what a workflow approved.

    For a listing, the approvals are the permission to publish: its last approver (the
    parent carer forum, or an editor) need not be allowed to publish pages directly. Wagtail's
    own action checks the last approver's publish permission, which would leave an approved
    listing unpublished. Everything else finishes as Wagtail finishes it.
    """
    # Imported here: Wagtail imports this function while its own models are loading.
    from directory.models import ServicePage

    if issubclass(workflow_state.content_type.model_class(), ServicePage):
        revision = workflow_state.content_object.get_latest_revision()
        revision.publish(user=user, skip_permission_checks=True)
        return
    publish_workflow_state(workflow_state, user=user)
