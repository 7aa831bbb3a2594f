# Roles have no models of their own. Django sends post_migrate only to apps with a models
# module, and the roles sync runs on this app's post_migrate.
