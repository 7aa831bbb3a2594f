"""The partnership's roles: the groups staff belong to, what each may do, and one sync that
makes the database match."""
