"""Alembic environment: runs on the connection that storage.migrate hands over."""

from alembic import context

from storage.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # the `alembic` command line, with sqlalchemy.url in its config
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("alembic needs sqlalchemy.url in its configuration to reach the database")
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
