"""What `make check` asks of Django, asked in the suite's own process and under its settings:
the system checks find nothing to warn about, and every change to a model has its migration.
(The production settings' deployment checks are in test_settings.)"""

import pytest

from django.core.management import call_command


def test_the_system_checks_find_nothing_to_warn_about():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_every_change_to_a_model_has_its_migration():
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)
