"""Initial schema: regions, places, sources, documents, events, claims, status history,
ingest runs.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 02:04:08.956215
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_key", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher", sa.String(length=300), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("published_precision", sa.String(length=5), nullable=True),
        sa.Column("retrieved_at", sa.DateTime(), nullable=True),
        sa.Column("language", sa.String(length=20), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column("synthetic", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "published_precision IS NULL OR (published_precision = 'day' OR published_precision = 'month' OR published_precision = 'year')",
            name="ck_document_precision",
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("doc_key"),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_content_hash"), ["content_hash"], unique=False
        )

    op.create_table(
        "ingest_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("rows_written", sa.Integer(), nullable=False),
        sa.Column("rows_unchanged", sa.Integer(), nullable=False),
        sa.Column("rows_rejected", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "region",
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column("type", sa.String(length=100), nullable=True),
        sa.Column("parent_code", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint("code"),
    )
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_region_country"), ["country"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("region_code", sa.String(length=10), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_to", sa.Date(), nullable=True),
        sa.Column("synthetic", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_code"],
            ["region.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("title"),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_region_code"), ["region_code"], unique=False)

    op.create_table(
        "place",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("region_code", sa.String(length=10), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("population", sa.BigInteger(), nullable=True),
        sa.Column("geonameid", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["region_code"],
            ["region.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_region_code"), ["region_code"], unique=False)

    op.create_table(
        "source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("voice", sa.String(length=12), nullable=False),
        sa.Column("reliability", sa.String(length=1), nullable=False),
        sa.Column("protected", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("region_code", sa.String(length=10), nullable=True),
        sa.Column("synthetic", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(reliability = 'A' OR reliability = 'B' OR reliability = 'C' OR reliability = 'D' OR reliability = 'E' OR reliability = 'F')",
            name="ck_source_reliability",
        ),
        sa.CheckConstraint(
            "(voice = 'official' OR voice = 'local' OR voice = 'independent')",
            name="ck_source_voice",
        ),
        sa.ForeignKeyConstraint(
            ["region_code"],
            ["region.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_uid", sa.String(length=200), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("stated_on", sa.Date(), nullable=False),
        sa.Column("stated_precision", sa.String(length=5), nullable=False),
        sa.Column("region_code", sa.String(length=10), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("voice", sa.String(length=12), nullable=False),
        sa.Column("measure", sa.String(length=20), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=True),
        sa.Column("count_low", sa.BigInteger(), nullable=True),
        sa.Column("count_high", sa.BigInteger(), nullable=True),
        sa.Column("cause", sa.String(length=200), nullable=True),
        sa.Column("cause_text", sa.String(length=500), nullable=True),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("occurred_from", sa.Date(), nullable=True),
        sa.Column("occurred_from_precision", sa.String(length=5), nullable=True),
        sa.Column("occurred_to", sa.Date(), nullable=True),
        sa.Column("occurred_to_precision", sa.String(length=5), nullable=True),
        sa.Column("credibility", sa.SmallInteger(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("synthetic", sa.Boolean(), nullable=False),
        sa.Column("ingest_run_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(measure = 'deaths' OR measure = 'cases' OR measure = 'suspected_cases' OR measure = 'quarantined' OR measure = 'hospitalized' OR measure = 'recovered' OR measure = 'tested' OR measure = 'arrests' OR measure = 'restriction' OR measure = 'other')",
            name="ck_claim_measure",
        ),
        sa.CheckConstraint(
            "(stated_precision = 'day' OR stated_precision = 'month' OR stated_precision = 'year')",
            name="ck_claim_stated_precision",
        ),
        sa.CheckConstraint(
            "(status = 'unverified' OR status = 'corroborated' OR status = 'contested' OR status = 'confirmed' OR status = 'refuted')",
            name="ck_claim_status",
        ),
        sa.CheckConstraint(
            "(voice = 'official' OR voice = 'local' OR voice = 'independent')",
            name="ck_claim_voice",
        ),
        sa.CheckConstraint("count IS NULL OR count >= 0", name="ck_claim_count"),
        sa.CheckConstraint(
            "credibility IS NULL OR (credibility >= 1 AND credibility <= 6)",
            name="ck_claim_credibility",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
        ),
        sa.ForeignKeyConstraint(
            ["ingest_run_id"],
            ["ingest_run.id"],
        ),
        sa.ForeignKeyConstraint(
            ["region_code"],
            ["region.code"],
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("claim_uid"),
    )
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_event_id"), ["event_id"], unique=False)
        batch_op.create_index("ix_claim_region_stated", ["region_code", "stated_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_source_id"), ["source_id"], unique=False)
        batch_op.create_index("ix_claim_stated_on", ["stated_on"], unique=False)

    op.create_table(
        "claim_status_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("previous_status", sa.String(length=12), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence_document_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(status = 'unverified' OR status = 'corroborated' OR status = 'contested' OR status = 'confirmed' OR status = 'refuted')",
            name="ck_history_status",
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
        ),
        sa.ForeignKeyConstraint(
            ["evidence_document_id"],
            ["document.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claim_status_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_claim_status_history_claim_id"), ["claim_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("claim_status_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_status_history_claim_id"))

    op.drop_table("claim_status_history")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_stated_on")
        batch_op.drop_index(batch_op.f("ix_claim_source_id"))
        batch_op.drop_index("ix_claim_region_stated")
        batch_op.drop_index(batch_op.f("ix_claim_event_id"))
        batch_op.drop_index(batch_op.f("ix_claim_document_id"))

    op.drop_table("claim")
    op.drop_table("source")
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_region_code"))

    op.drop_table("place")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_region_code"))

    op.drop_table("event")
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_region_country"))

    op.drop_table("region")
    op.drop_table("ingest_run")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_content_hash"))

    op.drop_table("document")
