"""Summary tables for the overview: claim_daily (claims per event, region, voice, status and
day) and claim_cause (per event, measure, voice, status and cause); an index on
claim.ingest_run_id.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 03:00:31.405005
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claim_daily",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=10), nullable=False),
        sa.Column("voice", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("stated_on", sa.Date(), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"]),
        sa.ForeignKeyConstraint(["region_code"], ["region.code"]),
        sa.PrimaryKeyConstraint("event_id", "region_code", "voice", "status", "stated_on"),
    )
    op.create_table(
        "claim_cause",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=20), nullable=False),
        sa.Column("voice", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("cause", sa.String(length=200), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"]),
        sa.PrimaryKeyConstraint("event_id", "measure", "voice", "status", "cause"),
    )
    # Finding one import's claims (to count them into claim_daily, or to audit the import).
    with op.batch_alter_table("claim") as batch_op:
        batch_op.create_index("ix_claim_ingest_run_id", ["ingest_run_id"], unique=False)
    # Claims stored before this migration are counted once, here.
    op.execute(
        "INSERT INTO claim_daily (event_id, region_code, voice, status, stated_on, claims) "
        "SELECT event_id, region_code, voice, status, stated_on, count(*) FROM claim "
        "GROUP BY event_id, region_code, voice, status, stated_on"
    )
    op.execute(
        "INSERT INTO claim_cause (event_id, measure, voice, status, cause, claims) "
        "SELECT event_id, measure, voice, status, cause, count(*) FROM claim "
        "WHERE cause IS NOT NULL GROUP BY event_id, measure, voice, status, cause"
    )


def downgrade() -> None:
    op.drop_table("claim_cause")
    op.drop_table("claim_daily")
    with op.batch_alter_table("claim") as batch_op:
        batch_op.drop_index("ix_claim_ingest_run_id")
