"""Review queue: proposals (claims extracted from ingested documents, waiting for a person),
feed items already read, and the proposal count of an ingest run.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 05:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_VOICES = "(voice = 'official' OR voice = 'local' OR voice = 'independent')"
_MEASURES = (
    "("
    + " OR ".join(
        f"measure = '{m}'"
        for m in (
            "deaths",
            "cases",
            "suspected_cases",
            "quarantined",
            "hospitalized",
            "recovered",
            "tested",
            "arrests",
            "restriction",
            "other",
        )
    )
    + ")"
)


def upgrade() -> None:
    op.create_table(
        "proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("ingest_run_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("voice", sa.String(length=12), nullable=True),
        sa.Column("attributed_to", sa.Text(), nullable=True),
        sa.Column("measure", sa.String(length=20), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=True),
        sa.Column("count_low", sa.BigInteger(), nullable=True),
        sa.Column("count_high", sa.BigInteger(), nullable=True),
        sa.Column("cause", sa.String(length=200), nullable=True),
        sa.Column("cause_text", sa.String(length=500), nullable=True),
        sa.Column("region_code", sa.String(length=10), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("occurred_precision", sa.String(length=5), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(state = 'pending' OR state = 'accepted' OR state = 'rejected')",
            name="ck_proposal_state",
        ),
        sa.CheckConstraint(f"voice IS NULL OR {_VOICES}", name="ck_proposal_voice"),
        sa.CheckConstraint(_MEASURES, name="ck_proposal_measure"),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"]),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"]),
        sa.ForeignKeyConstraint(["ingest_run_id"], ["ingest_run.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_proposal_state_document", "proposal", ["state", "document_id"])
    op.create_table(
        "feed_item_seen",
        sa.Column("feed_hash", sa.String(length=64), nullable=False),
        sa.Column("item_hash", sa.String(length=64), nullable=False),
        sa.Column("feed", sa.Text(), nullable=False),
        sa.Column("item_key", sa.Text(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("feed_hash", "item_hash"),
    )
    op.add_column("ingest_run", sa.Column("proposals", sa.Integer(), nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): a batch copy of ingest_run would break the
    # foreign keys that point at it.
    op.drop_column("ingest_run", "proposals")
    op.drop_table("feed_item_seen")
    op.drop_index("ix_proposal_state_document", table_name="proposal")
    op.drop_table("proposal")
