"""The directory's own entries in a page's history."""

from wagtail import hooks
from wagtail.log_actions import LogFormatter

IMPORTED = "directory.import"


@hooks.register("register_log_actions")
def register_directory_log_actions(actions):
    @actions.register_action(IMPORTED)
    class ImportedFormatter(LogFormatter):
        label = "Import"

        def format_message(self, log_entry):
            return f"Imported from {log_entry.data.get('source', 'a file')}"
